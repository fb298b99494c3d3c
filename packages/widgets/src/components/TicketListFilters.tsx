import { type Category, CATEGORY_ORDER } from '@tickets/domain';
import { type FormEvent, useId, useState } from 'react';
import type { StatusView, TicketListFilters as Filters } from '../api/types.js';
import { categoryName, statusName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';

export interface TypeOption {
  key: string;
  title: string;
  /** How many tickets of the type the viewer may see (from the server); unknown when derived from a page. */
  tickets?: number;
}

/** A status to filter by, with how many tickets the viewer may see on it when the server said. */
export type StatusOption = StatusView & { tickets?: number };

export interface TicketListFiltersProps {
  filters: Filters;
  onChange(filters: Filters): void;
  /** The statuses to filter by (`tickets.listChoices`; else those of the tickets loaded). */
  statusOptions?: readonly StatusOption[];
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

/** Whether anything narrows the list (an order is not a filter). */
export function hasFilters(filters: Filters): boolean {
  return Object.keys(filters).some((key) => key !== 'sort' && key !== 'direction');
}

/** The orders a list offers, each a sort and a direction. */
const ORDERS = {
  updated: { sort: 'updated', direction: 'desc' },
  newest: { sort: 'created', direction: 'desc' },
  oldest: { sort: 'created', direction: 'asc' },
  status: { sort: 'status', direction: 'asc' },
} as const satisfies Record<string, Required<Pick<Filters, 'sort' | 'direction'>>>;
type OrderName = keyof typeof ORDERS;

function orderOf(filters: Filters): OrderName {
  const found = (Object.keys(ORDERS) as OrderName[]).find(
    (name) => ORDERS[name].sort === (filters.sort ?? 'updated') && ORDERS[name].direction === (filters.direction ?? 'desc'),
  );
  return found ?? 'updated';
}

/** A search field sent on Enter or with its button (not on each key: each search is a request). */
function SearchField({ value, onSearch }: { value: string; onSearch(value: string): void }) {
  const { t } = useWidgetsMessages();
  const id = useId();
  const [text, setText] = useState(value);
  // A search set from outside (an attribute, "Clear filters") shows in the field; the field stays
  // the same element (no remount), so the focus stays in it after its own search comes back.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" className="tk-field tk-search" onSubmit={submit}>
      <label htmlFor={id}>{t('filters.search')}</label>
      <span className="tk-row">
        <input id={id} type="search" value={text} maxLength={200} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="tk-button" part="button">
          {t('filters.searchButton')}
        </button>
      </span>
    </form>
  );
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

/** Search, order, state, status, category, type, mine, my groups: each change calls `onChange` with the new filters. */
export function TicketListFilters({ filters, onChange, statusOptions = [], typeOptions = [] }: TicketListFiltersProps) {
  const set = <Key extends keyof Filters>(key: Key, value: Filters[Key] | undefined) => onChange(withFilter(filters, key, value));
  const { t } = useWidgetsMessages();
  const orderId = useId();
  const counted = (name: string, count: number | undefined) => (count === undefined ? name : t('filters.counted', { name, count }));
  // The default order (recently updated) is not written down, so the filters stay as short as the URL they go to.
  const setOrder = (name: string) => {
    const next = { ...filters };
    delete next.sort;
    delete next.direction;
    onChange(name in ORDERS && name !== 'updated' ? { ...next, ...ORDERS[name as OrderName] } : next);
  };
  const states: readonly Choice[] = [
    { value: 'open', label: t('filters.open') },
    { value: 'closed', label: t('filters.closed') },
  ];

  return (
    <fieldset className="tk-filters">
      <legend className="tk-sr-only">{t('filters.legend')}</legend>
      <SearchField value={filters.search ?? ''} onSearch={(search) => set('search', search === '' ? undefined : search)} />
      <div className="tk-field">
        <label htmlFor={orderId}>{t('filters.sort')}</label>
        <select id={orderId} value={orderOf(filters)} onChange={(event) => setOrder(event.target.value)}>
          {(Object.keys(ORDERS) as OrderName[]).map((name) => (
            <option key={name} value={name}>
              {t(`filters.sort.${name}`)}
            </option>
          ))}
        </select>
      </div>
      <FilterSelect label={t('filters.state')} any={t('filters.anyState')} choices={states} value={filters.state ?? ''} onChange={(value) => set('state', value === 'open' || value === 'closed' ? value : undefined)} />
      <FilterSelect
        label={t('filters.status')}
        any={t('filters.anyStatus')}
        choices={statusOptions.map((status) => ({ value: status.id, label: counted(statusName(status, t), status.tickets) }))}
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
        choices={typeOptions.map((type) => ({ value: type.key, label: counted(type.title, type.tickets) }))}
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
        <button type="button" className="tk-link-button" onClick={() => onChange({ ...(filters.sort ? { sort: filters.sort } : {}), ...(filters.direction ? { direction: filters.direction } : {}) })}>
          {t('filters.clear')}
        </button>
      )}
    </fieldset>
  );
}
