import type { ReactNode } from 'react';
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
