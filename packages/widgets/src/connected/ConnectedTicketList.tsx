import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTicketsClient } from '../api/context.js';
import { ticketKeys, ticketListQuery } from '../api/queries.js';
import type { TicketListFilters, TicketListItem, TicketListPage } from '../api/types.js';
import { optionsFrom, TicketList, type TicketListProps } from '../components/TicketList.js';
import { useListEvents } from './useListEvents.js';

export interface ConnectedTicketListProps extends Pick<TicketListProps, 'ticketHref' | 'onOpen' | 'headingLevel' | 'heading' | 'statusOptions' | 'typeOptions'> {
  initialFilters?: TicketListFilters;
  /** Tickets per page (25 by default, at most 100). */
  pageSize?: number;
}

/** Every ticket in the page's cache, from every list loaded so far: what the filters can offer. */
function seenTickets(pages: readonly (readonly [unknown, { pages: TicketListPage[] } | undefined])[]): TicketListItem[] {
  return pages.flatMap(([, data]) => data?.pages.flatMap((page) => page.items) ?? []);
}

/** `TicketList` fed from `tickets.list`: filters in its own state, pages by cursor, read again when its tickets change. */
export function ConnectedTicketList({ initialFilters = {}, pageSize = 25, ...rest }: ConnectedTicketListProps) {
  const client = useTicketsClient();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<TicketListFilters>(initialFilters);
  // Keep showing the previous filter's tickets while the new ones load, rather than flashing empty.
  const list = useInfiniteQuery({ ...ticketListQuery(client, filters, pageSize), placeholderData: keepPreviousData });
  // Once it has shown something, it follows the changes of the tickets it may see.
  useListEvents(list.isSuccess);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const options = optionsFrom(seenTickets(queryClient.getQueriesData<{ pages: TicketListPage[] }>({ queryKey: ticketKeys.lists })));

  return (
    <TicketList
      statusOptions={options.statusOptions}
      typeOptions={options.typeOptions}
      {...rest}
      items={items}
      total={list.data?.pages[0]?.total ?? 0}
      totalExact={list.data?.pages[0]?.totalExact ?? true}
      filters={filters}
      onFiltersChange={setFilters}
      loading={list.isPending}
      error={list.isError && !list.data ? list.error : null}
      onRetry={() => void list.refetch()}
      hasMore={list.hasNextPage}
      loadingMore={list.isFetchingNextPage}
      onLoadMore={() => void list.fetchNextPage()}
    />
  );
}
