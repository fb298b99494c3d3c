import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTicketsClient } from '../api/context.js';
import { listChoicesQuery, ticketListQuery } from '../api/queries.js';
import type { TicketListFilters } from '../api/types.js';
import { TicketList, type TicketListProps } from '../components/TicketList.js';
import { useListEvents } from './useListEvents.js';

export interface ConnectedTicketListProps extends Pick<TicketListProps, 'ticketHref' | 'onOpen' | 'headingLevel' | 'heading' | 'statusOptions' | 'typeOptions'> {
  initialFilters?: TicketListFilters;
  /** Tickets per page (25 by default, at most 100). */
  pageSize?: number;
  /** Told each time the person changes the filters, search or order (the element sends `tickets-filter-change`). */
  onFiltersChange?(filters: TicketListFilters): void;
}

/**
 * `TicketList` fed from `tickets.list`: filters in its own state, pages by cursor, read again when its
 * tickets change; the filters offer what `tickets.listChoices` says (every type and status, with
 * counts), not only what the loaded page holds.
 */
export function ConnectedTicketList({ initialFilters = {}, pageSize = 25, onFiltersChange, ...rest }: ConnectedTicketListProps) {
  const client = useTicketsClient();
  const [filters, setFilters] = useState<TicketListFilters>(initialFilters);
  const choices = useQuery(listChoicesQuery(client));
  // Keep showing the previous filter's tickets while the new ones load, rather than flashing empty.
  const list = useInfiniteQuery({ ...ticketListQuery(client, filters, pageSize), placeholderData: keepPreviousData });
  // Once it has shown something, it follows the changes of the tickets it may see.
  useListEvents(list.isSuccess);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <TicketList
      // Until the choices come (or if they cannot), the list offers what its page holds.
      {...(choices.data ? { statusOptions: choices.data.statuses, typeOptions: choices.data.types.map(({ key, title, tickets }) => ({ key, title, tickets })) } : {})}
      {...rest}
      items={items}
      total={list.data?.pages[0]?.total ?? 0}
      totalExact={list.data?.pages[0]?.totalExact ?? true}
      filters={filters}
      onFiltersChange={(next) => {
        setFilters(next);
        onFiltersChange?.(next);
      }}
      loading={list.isPending}
      error={list.isError && !list.data ? list.error : null}
      onRetry={() => void list.refetch()}
      hasMore={list.hasNextPage}
      loadingMore={list.isFetchingNextPage}
      onLoadMore={() => void list.fetchNextPage()}
    />
  );
}
