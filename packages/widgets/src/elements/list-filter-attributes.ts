import { type Category, CATEGORY_ORDER } from '@tickets/domain';
import type { TicketListFilters } from '../api/types.js';

/** The attributes of `<tickets-list>` that say its filters, search and order (and a host's URL can keep). */
export const LIST_FILTER_ATTRIBUTES = ['state', 'status', 'category', 'type', 'mine', 'my-groups', 'search', 'sort', 'direction'] as const;
type FilterAttribute = (typeof LIST_FILTER_ATTRIBUTES)[number];

const SORTS = ['updated', 'created', 'status', 'id'] as const;
const MAX_ID = 2_147_483_647;
const TYPE_KEY = /^[a-z][a-z0-9-]{1,63}$/;

/** A comma-separated attribute's values, blanks dropped. */
function listOf(value: string | null): string[] {
  return (value ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * The filters some attributes say (a host passes them from its URL): what cannot be a filter (an
 * unknown state, a status that is not a number, an order the API does not know) is left out rather
 * than failing the list, so a hand-edited address still shows tickets.
 */
export function filtersFromAttributes(get: (name: FilterAttribute) => string | null): TicketListFilters {
  const filters: TicketListFilters = {};
  const state = get('state');
  if (state === 'open' || state === 'closed') filters.state = state;
  const statusIds = listOf(get('status')).map(Number).filter((id) => Number.isInteger(id) && id > 0 && id <= MAX_ID);
  if (statusIds.length > 0) filters.statusIds = statusIds.slice(0, 100);
  const categories = listOf(get('category')).filter((value): value is Category => (CATEGORY_ORDER as readonly string[]).includes(value));
  if (categories.length > 0) filters.categories = categories;
  // The shape of plugin-kit's TicketTypeKey, checked without zod (which the core bundle does not carry).
  const types = listOf(get('type')).filter((type) => TYPE_KEY.test(type));
  if (types.length > 0) filters.types = types.slice(0, 50);
  if (get('mine') !== null) filters.mine = true;
  if (get('my-groups') !== null) filters.myGroups = true;
  const search = get('search')?.trim().slice(0, 200);
  if (search) filters.search = search;
  const sort = get('sort');
  if (sort !== null && (SORTS as readonly string[]).includes(sort)) filters.sort = sort as (typeof SORTS)[number];
  const direction = get('direction');
  if (direction === 'asc' || direction === 'desc') filters.direction = direction;
  return filters;
}

/** The attributes (and URL parameters) that say these filters: `filtersFromAttributes` reads them back as they were. */
export function attributesOf(filters: TicketListFilters): Partial<Record<FilterAttribute, string>> {
  const attributes: Partial<Record<FilterAttribute, string>> = {};
  if (filters.state) attributes.state = filters.state;
  if (filters.statusIds?.length) attributes.status = filters.statusIds.join(',');
  if (filters.categories?.length) attributes.category = filters.categories.join(',');
  if (filters.types?.length) attributes.type = filters.types.join(',');
  if (filters.mine) attributes.mine = '';
  if (filters.myGroups) attributes['my-groups'] = '';
  if (filters.search) attributes.search = filters.search;
  if (filters.sort) attributes.sort = filters.sort;
  if (filters.direction) attributes.direction = filters.direction;
  return attributes;
}
