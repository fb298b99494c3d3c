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

const sessions = new Map<string, PageSession>();

/**
 * The page's session for an API and a reader's languages (normally there is one of each): created
 * on first use, then shared by every widget, with one cache. The API names types, actions and
 * statuses in the reader's language, so a widget in another language has a session of its own.
 */
export function pageSession(apiUrl: string, languages: readonly string[] = []): PageSession {
  const key = `${apiUrl}\n${languages.join(', ')}`;
  const existing = sessions.get(key);
  if (existing) return existing;
  let token: TokenSource = null;
  const session: PageSession = {
    // Every request asks for the token afresh, so a provider can refresh it.
    client: createTicketsClient({ apiUrl, token: () => (typeof token === 'function' ? token() : token), languages }),
    queryClient: createTicketsQueryClient(),
    setToken(source) {
      if (source === token) return;
      const hadToken = Boolean(token);
      token = source;
      // A new token (signed in, refreshed) may fix what failed without one.
      if (hadToken || source) void session.queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    },
  };
  sessions.set(key, session);
  return session;
}

/** Forgets every session (for tests). */
export function resetPageSessions(): void {
  for (const session of sessions.values()) session.queryClient.clear();
  sessions.clear();
}
