import { CATEGORIES } from '@tickets/domain';
import type { StatusView } from '../api/types.js';
import { StatusIcon } from './StatusIcon.js';

export type StatusBadgeStatus = Pick<StatusView, 'name' | 'color' | 'category' | 'icon'>;

/** "Status: In progress (in progress)": the status's name, then its category. */
export function statusLabel(status: Pick<StatusView, 'name' | 'category'>): string {
  return `Status: ${status.name} (${CATEGORIES[status.category].label.toLowerCase()})`;
}

export interface StatusBadgeProps {
  status: StatusBadgeStatus;
}

/** A status: its category's icon in the status's colour, and its name; read out with its category. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <span className="tk-badge" role="img" aria-label={statusLabel(status)} title={statusLabel(status)} data-category={status.category}>
      <StatusIcon icon={status.icon} color={status.color} />
      <span className="tk-badge-name">{status.name}</span>
    </span>
  );
}
