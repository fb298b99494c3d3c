import type { ReactNode } from 'react';
import type { RequestedField } from '../edit-person-stored.js';
import { displayValue, fieldTitle } from './field-display.js';
import { useEditPersonMessages } from './i18n/messages.js';

export interface RequestedFieldsTableProps {
  /** What the two value columns are called for this reader. */
  readonly oldValueHead: string;
  readonly newValueHead: string;
  /** A last column of controls, named for screen readers only. */
  readonly controlsHead?: string;
  /** The rows, one per requested field. */
  readonly children: ReactNode;
}

/** The requested fields, one row each: the field, the value the profile had and the one asked for. */
export function RequestedFieldsTable({ oldValueHead, newValueHead, controlsHead, children }: RequestedFieldsTableProps) {
  const { t } = useEditPersonMessages();
  return (
    <table aria-label={t('table.label')} style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          {[t('table.field'), oldValueHead, newValueHead].map((head) => (
            <th key={head} scope="col" style={{ textAlign: 'left' }}>
              {head}
            </th>
          ))}
          {controlsHead !== undefined && (
            <th scope="col">
              <span className="tk-sr-only">{controlsHead}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** The requested fields, read-only: each field, the value the profile had and the one asked for. */
export function ReadOnlyFieldRows({ rows }: { rows: readonly RequestedField[] }) {
  const { t, locale } = useEditPersonMessages();
  return rows.map(({ field, oldValue, newValue }) => (
    <tr key={field}>
      <th scope="row" style={{ textAlign: 'left' }}>
        {fieldTitle(field, t)}
      </th>
      <td>{displayValue(field, oldValue, t, locale)}</td>
      <td>{displayValue(field, newValue, t, locale)}</td>
    </tr>
  ));
}
