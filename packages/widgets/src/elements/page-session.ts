import type { QueryClient } from '@tanstack/react-query';
import { createTicketsClient, type TicketsClient, type TokenSource } from '../api/client.js';
import { createTicketsQueryClient } from '../api/queries.js';

/** The page's connection to one Tickets API: one tRPC client and one QueryClient for every widget. */
export interface PageSession {
  readonly client: TicketsClient;
  readonly queryClient: QueryClient;
  /** Where the session's token now comes from (the widget configured last decides). */
  setToken(source: TokenSource): void;
}

let queryClient: QueryClient | null = null;
const sessions = new Map<string, PageSession>();

/** The page's QueryClient, shared by all widgets so they share one cache. */
export function pageQueryClient(): QueryClient {
  queryClient ??= createTicketsQueryClient();
  return queryClient;
}

/** The page's session for an API (normally there is one): created on first use, then shared. */
export function pageSession(apiUrl: string): PageSession {
  const existing = sessions.get(apiUrl);
  if (existing) return existing;
  let token: TokenSource = null;
  const session: PageSession = {
    // Every request asks for the token afresh, so a provider can refresh it.
    client: createTicketsClient({ apiUrl, token: () => (typeof token === 'function' ? token() : token) }),
    queryClient: pageQueryClient(),
    setToken(source) {
      if (source === token) return;
      const hadToken = Boolean(token);
      token = source;
      // A new token (signed in, refreshed) may fix what failed without one.
      if (hadToken || source) void session.queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    },
  };
  sessions.set(apiUrl, session);
  return session;
}

/** Forgets every session (for tests). */
export function resetPageSessions(): void {
  sessions.clear();
  queryClient?.clear();
  queryClient = null;
}
