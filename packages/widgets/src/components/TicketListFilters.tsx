import { type Category, CATEGORY_ORDER } from '@tickets/domain';
import { useId } from 'react';
import type { StatusView, TicketListFilters as Filters } from '../api/types.js';
import { categoryName, statusName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';

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

/** One of a filter's values, as its select offers it. */
interface Choice {
  value: string | number;
  label: string;
}

/** One filter as a select, labelled: first the choice that clears it (`any`), then its values. */
function FilterSelect({ label, any, choices, value, onChange }: { label: string; any: string; choices: readonly Choice[]; value: string | number; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="tk-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** State, status, category, type, mine, my groups: each change calls `onChange` with the new filters. */
export function TicketListFilters({ filters, onChange, statusOptions = [], typeOptions = [] }: TicketListFiltersProps) {
  const set = <Key extends keyof Filters>(key: Key, value: Filters[Key] | undefined) => onChange(withFilter(filters, key, value));
  const { t } = useWidgetsMessages();
  const states: readonly Choice[] = [
    { value: 'open', label: t('filters.open') },
    { value: 'closed', label: t('filters.closed') },
  ];

  return (
    <fieldset className="tk-filters">
      <legend className="tk-sr-only">{t('filters.legend')}</legend>
      <FilterSelect label={t('filters.state')} any={t('filters.anyState')} choices={states} value={filters.state ?? ''} onChange={(value) => set('state', value === 'open' || value === 'closed' ? value : undefined)} />
      <FilterSelect
        label={t('filters.status')}
        any={t('filters.anyStatus')}
        choices={statusOptions.map((status) => ({ value: status.id, label: statusName(status, t) }))}
        value={filters.statusIds?.[0] ?? ''}
        onChange={(value) => set('statusIds', value ? [Number(value)] : undefined)}
      />
      <FilterSelect
        label={t('filters.category')}
        any={t('filters.anyCategory')}
        choices={CATEGORY_ORDER.map((category) => ({ value: category, label: categoryName(category, t) }))}
        value={filters.categories?.[0] ?? ''}
        onChange={(value) => set('categories', value ? [value as Category] : undefined)}
      />
      <FilterSelect
        label={t('filters.type')}
        any={t('filters.anyType')}
        choices={typeOptions.map((type) => ({ value: type.key, label: type.title }))}
        value={filters.types?.[0] ?? ''}
        onChange={(value) => set('types', value ? [value] : undefined)}
      />
      <label className="tk-check">
        <input type="checkbox" checked={filters.mine === true} onChange={(event) => set('mine', event.target.checked)} /> {t('filters.mine')}
      </label>
      <label className="tk-check">
        <input type="checkbox" checked={filters.myGroups === true} onChange={(event) => set('myGroups', event.target.checked)} /> {t('filters.myGroups')}
      </label>
      {hasFilters(filters) && (
        <button type="button" className="tk-link-button" onClick={() => onChange({})}>
          {t('filters.clear')}
        </button>
      )}
    </fieldset>
  );
}
