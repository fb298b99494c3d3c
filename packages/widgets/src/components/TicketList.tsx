import type { ReactNode } from 'react';
import type { StatusView, TicketListFilters as Filters, TicketListItem } from '../api/types.js';
import { ErrorMessage, Loading } from './States.js';
import { StatusBadge } from './StatusBadge.js';
import { hasFilters, type StatusOption, TicketListFilters, type TypeOption } from './TicketListFilters.js';
import { TicketLink } from './TicketLink.js';
import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';
import { Time } from './Time.js';

export interface TicketListProps {
  items: readonly TicketListItem[];
  /** How many tickets match over all pages; with `totalExact` false, at least this many. */
  total: number;
  /** False when counting stopped at `total` ("1,000+"); the API counts only so far. */
  totalExact?: boolean;
  filters: Filters;
  onFiltersChange(filters: Filters): void;
  /** Another page follows: "Load more" calls `onLoadMore`. */
  hasMore?: boolean;
  onLoadMore?(): void;
  loadingMore?: boolean;
  /** The first page is on its way. */
  loading?: boolean;
  error?: unknown;
  onRetry?(): void;
  /** What the filters offer (`tickets.listChoices`); without them, what the loaded tickets hold. */
  statusOptions?: readonly StatusOption[];
  typeOptions?: readonly TypeOption[];
  /** The address of a ticket's page; its title links there. */
  ticketHref?(ticketId: number): string;
  /** Called when a ticket is chosen (when there is no `ticketHref`). */
  onOpen?(ticketId: number): void;
  headingLevel?: 2 | 3 | 4;
  /** The list's heading: "Tickets" by default; empty, none (the host page has its own). */
  heading?: string;
}

/** The statuses and types among some tickets, for the filters when nothing better is known. */
export function optionsFrom(items: readonly TicketListItem[]): { statusOptions: StatusView[]; typeOptions: TypeOption[] } {
  const statuses = new Map<number, StatusView>();
  const types = new Map<string, string>();
  for (const item of items) {
    statuses.set(item.status.id, item.status);
    types.set(item.type, item.typeTitle);
  }
  return {
    statusOptions: [...statuses.values()].sort((a, b) => a.name.localeCompare(b.name)),
    typeOptions: [...types].map(([key, title]) => ({ key, title })).sort((a, b) => a.title.localeCompare(b.title)),
  };
}

/** "Showing 25 of 120 tickets", or "Showing 25 of 1,000+ tickets" once counting stopped. */
function ShownCount({ shown, total, exact }: { shown: number; total: number; exact: boolean }) {
  const { t } = useWidgetsMessages();
  if (exact) return <>{t('list.shown', { shown, total })}</>;
  return <span title={t('list.countStops', { total })}>{t('list.shownAtLeast', { shown, total })}</span>;
}

/** Tickets the viewer may see, with filters and "Load more" paging. */
export function TicketList(props: TicketListProps) {
  const { items, total, filters, loading = false, headingLevel = 2 } = props;
  const derived = optionsFrom(items);
  const { t, rich } = useWidgetsMessages();
  const Heading = `h${headingLevel}` as const;
  const title = props.heading ?? t('list.heading');

  let body: ReactNode;
  if (loading) body = <Loading label={t('list.loading')} />;
  else if (props.error !== undefined && props.error !== null) body = <ErrorMessage error={props.error} what={t('list.what')} onRetry={props.onRetry} />;
  else if (items.length === 0) body = <p className="tk-muted">{hasFilters(filters) ? t('list.noMatch') : t('list.empty')}</p>;
  else
    body = (
      <ul className="tk-plain-list tk-tickets" part="ticket-list">
        {items.map((item) => (
          <li key={item.id} className="tk-ticket-row">
            <span className="tk-ticket-title">
              <TicketLink id={item.id} title={item.title} ticketHref={props.ticketHref} onOpen={props.onOpen} />
            </span>
            <span className="tk-row">
              <StatusBadge status={item.status} />
              <span className="tk-muted">
                {[`#${item.id}`, item.typeTitle, ...(item.assignees.length > 0 ? [t('list.assignedTo', { names: item.assignees.map((assignee) => assignee.name).join(', ') })] : [])].join(' · ')}
                {' · '}
                {rich('list.updated', { time: <Time at={item.updatedAt} /> })}
              </span>
            </span>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="tk-list" aria-label={title === '' ? t('list.heading') : title}>
      {title !== '' && <Heading className="tk-section-title">{title}</Heading>}
      <TicketListFilters
        filters={filters}
        onChange={props.onFiltersChange}
        statusOptions={props.statusOptions ?? derived.statusOptions}
        typeOptions={props.typeOptions ?? derived.typeOptions}
      />
      <p className="tk-muted" aria-live="polite">
        {/* "Showing 0 of 0" says nothing the empty list does not say better. */}
        {!loading && !props.error && items.length > 0 ? <ShownCount shown={items.length} total={total} exact={props.totalExact ?? true} /> : ''}
      </p>
      {body}
      {props.hasMore && props.onLoadMore && !loading && (
        <button type="button" className="tk-button" part="button" onClick={props.onLoadMore} disabled={props.loadingMore} aria-busy={props.loadingMore || undefined}>
          {props.loadingMore ? t('list.loadingMore') : t('list.loadMore')}
        </button>
      )}
    </section>
  );
}
