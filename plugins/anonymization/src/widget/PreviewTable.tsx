import { Time } from '@tickets/plugin-kit/widget';
import { useId } from 'react';
import type { AnonymizationPreview } from '../preview.js';
import { fieldLabel, recordLabel, valueText } from './format.js';
import { useAnonymizationMessages } from './i18n/messages.js';

export interface PreviewTableProps {
  preview: AnonymizationPreview;
}

/**
 * Exactly what anonymizing will replace, as the stored preview lists it: each record and field
 * with its current value, and when the directory was read.
 */
export function PreviewTable({ preview }: PreviewTableProps) {
  const takenId = useId();
  const { t, rich } = useAnonymizationMessages();
  const taken = (
    <p id={takenId} className="tk-muted">
      {rich('preview.taken', { time: <Time at={preview.takenAt} /> })}
    </p>
  );
  if (preview.entries.length === 0) {
    return (
      <div>
        <p>{t('preview.empty')}</p>
        {taken}
      </div>
    );
  }
  return (
    <div>
      <table className="tk-anon-preview" aria-describedby={takenId}>
        <caption className="tk-sr-only">{t('preview.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preview.record')}</th>
            <th scope="col">{t('preview.field')}</th>
            <th scope="col">{t('preview.value')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.entries.map((entry) => {
            const value = valueText(entry, t);
            return (
              <tr key={`${entry.record}:${entry.recordId}:${entry.field}`}>
                <td>{recordLabel(entry, t)}</td>
                <th scope="row">{fieldLabel(entry, t)}</th>
                <td>{value ?? <span className="tk-muted">{t('preview.emptyValue')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {taken}
    </div>
  );
}
