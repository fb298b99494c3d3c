import { CATEGORIES } from '@tickets/domain';
import type { StatusView } from '../api/types.js';
import { categoryName, statusName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';
import { StatusIcon } from './StatusIcon.js';

export type StatusBadgeStatus = Pick<StatusView, 'name' | 'color' | 'category' | 'icon'> & { id?: number };

/** "Status: In progress (in progress)": the status's name, then its category. */
export function statusLabel(status: Pick<StatusView, 'name' | 'category'>): string {
  return `Status: ${status.name} (${CATEGORIES[status.category].label.toLowerCase()})`;
}

export interface StatusBadgeProps {
  status: StatusBadgeStatus;
}

/** A status: its category's icon in the status's colour, and its name; read out with its category. */
export function StatusBadge({ status }: StatusBadgeProps) {
  const { t, locale } = useWidgetsMessages();
  const name = status.id === undefined ? status.name : statusName({ id: status.id, name: status.name }, t);
  const label = t('status.label', { name, category: categoryName(status.category, t).toLocaleLowerCase(locale) });
  return (
    <span className="tk-badge" role="img" aria-label={label} title={label} data-category={status.category}>
      <StatusIcon icon={status.icon} color={status.color} />
      <span className="tk-badge-name">{name}</span>
    </span>
  );
}
