import { CATEGORIES, type Category, CATEGORY_ORDER } from '@tickets/domain';
import { useId } from 'react';
import type { StatusView, TicketListFilters as Filters } from '../api/types.js';

export interface TypeOption {
  key: string;
  title: string;
}

export interface TicketListFiltersProps {
  filters: Filters;
  onChange(filters: Filters): void;
  /** The statuses to filter by (e.g. those of the tickets seen so far). */
  statusOptions?: readonly StatusView[];
  /** The ticket types to filter by. */
  typeOptions?: readonly TypeOption[];
}

/** Sets or clears one filter: an empty value removes it, so the query key stays small. */
function withFilter<Key extends keyof Filters>(filters: Filters, key: Key, value: Filters[Key] | undefined): Filters {
  const next = { ...filters };
  if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

export function hasFilters(filters: Filters): boolean {
  return Object.keys(filters).length > 0;
}

/** State, status, category, type, mine, my groups: each change calls `onChange` with the new filters. */
export function TicketListFilters({ filters, onChange, statusOptions = [], typeOptions = [] }: TicketListFiltersProps) {
  const id = useId();
  const set = <Key extends keyof Filters>(key: Key, value: Filters[Key] | undefined) => onChange(withFilter(filters, key, value));

  return (
    <fieldset className="tk-filters">
      <legend className="tk-sr-only">Filter tickets</legend>
      <div className="tk-field">
        <label htmlFor={`${id}-state`}>State</label>
        <select
          id={`${id}-state`}
          value={filters.state ?? ''}
          onChange={(event) => set('state', event.target.value === 'open' || event.target.value === 'closed' ? event.target.value : undefined)}
        >
          <option value="">Open and closed</option>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
        </select>
      </div>
      <div className="tk-field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filters.statusIds?.[0] ?? ''}
          onChange={(event) => set('statusIds', event.target.value ? [Number(event.target.value)] : undefined)}
        >
          <option value="">Any status</option>
          {statusOptions.map((status) => (
            <option key={status.id} value={status.id}>
              {status.name}
            </option>
          ))}
        </select>
      </div>
      <div className="tk-field">
        <label htmlFor={`${id}-category`}>Category</label>
        <select
          id={`${id}-category`}
          value={filters.categories?.[0] ?? ''}
          onChange={(event) => set('categories', event.target.value ? [event.target.value as Category] : undefined)}
        >
          <option value="">Any category</option>
          {CATEGORY_ORDER.map((category) => (
            <option key={category} value={category}>
              {CATEGORIES[category].label}
            </option>
          ))}
        </select>
      </div>
      <div className="tk-field">
        <label htmlFor={`${id}-type`}>Type</label>
        <select id={`${id}-type`} value={filters.types?.[0] ?? ''} onChange={(event) => set('types', event.target.value ? [event.target.value] : undefined)}>
          <option value="">Any type</option>
          {typeOptions.map((type) => (
            <option key={type.key} value={type.key}>
              {type.title}
            </option>
          ))}
        </select>
      </div>
      <label className="tk-check">
        <input type="checkbox" checked={filters.mine === true} onChange={(event) => set('mine', event.target.checked)} /> Mine
      </label>
      <label className="tk-check">
        <input type="checkbox" checked={filters.myGroups === true} onChange={(event) => set('myGroups', event.target.checked)} /> My groups
      </label>
      {hasFilters(filters) && (
        <button type="button" className="tk-link-button" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
