import { infiniteQueryOptions, QueryClient, queryOptions } from '@tanstack/react-query';
import type { TicketsClient } from './client.js';
import { isRetryable } from './errors.js';
import type { TicketListFilters } from './types.js';

/** Query keys: everything under `tickets` for one ticket can be invalidated together. */
export const ticketKeys = {
  all: ['tickets'] as const,
  lists: ['tickets', 'list'] as const,
  list: (filters: TicketListFilters, pageSize: number) => ['tickets', 'list', filters, pageSize] as const,
  detail: (ticketId: number) => ['tickets', 'detail', ticketId] as const,
  timeline: (ticketId: number) => ['tickets', 'timeline', ticketId] as const,
  me: ['me'] as const,
};

/** Query keys of the namespace's status settings and the migrations they start. */
export const statusSettingsKeys = {
  settings: ['status-settings'] as const,
  migrations: ['status-migrations'] as const,
};

export function statusSettingsQuery(client: TicketsClient) {
  return queryOptions({ queryKey: statusSettingsKeys.settings, queryFn: ({ signal }) => client.statuses.list.query(undefined, { signal }) });
}

/** The unfinished migrations and the most recent ones, newest first. */
export function statusMigrationsQuery(client: TicketsClient) {
  return queryOptions({ queryKey: statusSettingsKeys.migrations, queryFn: ({ signal }) => client.migrations.get.query(undefined, { signal }) });
}

export function ticketQuery(client: TicketsClient, ticketId: number) {
  return queryOptions({
    queryKey: ticketKeys.detail(ticketId),
    queryFn: ({ signal }) => client.tickets.get.query({ ticketId }, { signal }),
  });
}

export function timelineQuery(client: TicketsClient, ticketId: number) {
  return infiniteQueryOptions({
    queryKey: ticketKeys.timeline(ticketId),
    queryFn: ({ pageParam, signal }) => client.tickets.timeline.query({ ticketId, ...(pageParam ? { cursor: pageParam } : {}) }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function ticketListQuery(client: TicketsClient, filters: TicketListFilters, pageSize = 25) {
  return infiniteQueryOptions({
    queryKey: ticketKeys.list(filters, pageSize),
    queryFn: ({ pageParam, signal }) => client.tickets.list.query({ ...filters, limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function meQuery(client: TicketsClient) {
  return queryOptions({ queryKey: ticketKeys.me, queryFn: ({ signal }) => client.me.query(undefined, { signal }), staleTime: Infinity });
}

/** The QueryClient the widgets expect: no retries for answers that will not change (4xx). */
export function createTicketsQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: (failures, error) => failures < 2 && isRetryable(error) },
      mutations: { retry: false },
    },
  });
}
