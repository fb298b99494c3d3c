import { Time } from '@tickets/plugin-kit/widget';
import { useId } from 'react';
import type { AnonymizationPreview } from '../preview.js';
import { fieldLabel, recordLabel, valueText } from './format.js';

export interface PreviewTableProps {
  preview: AnonymizationPreview;
}

/**
 * Exactly what anonymizing will replace, as the stored preview lists it: each record and field
 * with its current value, and when the directory was read.
 */
export function PreviewTable({ preview }: PreviewTableProps) {
  const takenId = useId();
  const taken = (
    <p id={takenId} className="tk-muted">
      Read from the directory on <Time at={preview.takenAt} />.
    </p>
  );
  if (preview.entries.length === 0) {
    return (
      <div>
        <p>Nothing is left to anonymize: the account (and profile) hold no personal data any more.</p>
        {taken}
      </div>
    );
  }
  return (
    <div>
      <table className="tk-anon-preview" aria-describedby={takenId}>
        <caption className="tk-sr-only">What will be anonymized</caption>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Field</th>
            <th scope="col">Current value</th>
          </tr>
        </thead>
        <tbody>
          {preview.entries.map((entry) => {
            const value = valueText(entry);
            return (
              <tr key={`${entry.record}:${entry.recordId}:${entry.field}`}>
                <td>{recordLabel(entry)}</td>
                <th scope="row">{fieldLabel(entry)}</th>
                <td>{value ?? <span className="tk-muted">(empty)</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {taken}
    </div>
  );
}
