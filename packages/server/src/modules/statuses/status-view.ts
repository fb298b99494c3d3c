import { CATEGORIES, type Status } from '@tickets/domain';

/** A status as clients show it: its category decides the icon and the state. */
export interface StatusView {
  id: number;
  name: string;
  color: string;
  description: string | null;
  category: Status['category'];
  icon: string;
  state: 'open' | 'closed';
}

export function statusView(status: Status): StatusView {
  const category = CATEGORIES[status.category];
  return {
    id: status.id,
    name: status.name,
    color: status.color,
    description: status.description,
    category: status.category,
    icon: category.icon,
    state: category.state,
  };
}

/** A status the catalog no longer knows (should not happen; shown rather than failing the page). */
export function unknownStatusView(id: number, state: 'open' | 'closed'): StatusView {
  return { id, name: `Status #${id}`, color: '#737278', description: null, category: state === 'open' ? 'to_do' : 'done', icon: 'status-neutral', state };
}
