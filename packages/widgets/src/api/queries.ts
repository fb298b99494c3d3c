import { infiniteQueryOptions, QueryClient, queryOptions } from '@tanstack/react-query';
import type { TicketsClient } from './client.js';
import { isRetryable } from './errors.js';
import type { TicketListFilters } from './types.js';

/** Query keys: everything under `tickets` for one ticket can be invalidated together. */
export const ticketKeys = {
  all: ['tickets'] as const,
  lists: ['tickets', 'list'] as const,
  list: (filters: TicketListFilters, pageSize: number) => ['tickets', 'list', filters, pageSize] as const,
  /** What the lists' filters offer; under `lists`, so whatever reads the lists again reads it again too. */
  listChoices: ['tickets', 'list', 'choices'] as const,
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

/**
 * A ticket's detail. Its answer carries the timeline's first page: given the QueryClient, that page
 * becomes the timeline query's first page (when it has none yet), so a ticket page paints from one
 * request.
 */
export function ticketQuery(client: TicketsClient, ticketId: number, queryClient?: QueryClient) {
  return queryOptions({
    queryKey: ticketKeys.detail(ticketId),
    queryFn: async ({ signal }) => {
      const detail = await client.tickets.get.query({ ticketId }, { signal });
      if (queryClient && queryClient.getQueryData(ticketKeys.timeline(ticketId)) === undefined) {
        queryClient.setQueryData(ticketKeys.timeline(ticketId), { pages: [detail.timeline], pageParams: [null] });
      }
      return detail;
    },
  });
}

/** Changes invalidate the timeline themselves: a page seeded by the detail is not fetched again at once. */
const TIMELINE_FRESH_MS = 30_000;

export function timelineQuery(client: TicketsClient, ticketId: number) {
  return infiniteQueryOptions({
    queryKey: ticketKeys.timeline(ticketId),
    staleTime: TIMELINE_FRESH_MS,
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

/** The types and statuses a list's filters offer, with counts (`tickets.listChoices`). */
export function listChoicesQuery(client: TicketsClient) {
  return queryOptions({ queryKey: ticketKeys.listChoices, queryFn: ({ signal }) => client.tickets.listChoices.query(undefined, { signal }) });
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
