import type { AppRouter } from '@tickets/server';
import { createTRPCClient, httpLink, httpSubscriptionLink, splitLink, type TRPCClient } from '@trpc/client';
import { firstPaintFetch } from './first-paint.js';

/** The typed tRPC client of the Tickets API. */
export type TicketsClient = TRPCClient<AppRouter>;

/** Where the bearer token comes from: a fixed token, or a function asked before every request (to refresh it). */
export type TokenSource = string | null | undefined | (() => string | null | undefined | Promise<string | null | undefined>);

export interface TicketsClientOptions {
  /** The API's tRPC endpoint, e.g. `https://tickets.example.org/trpc`. */
  apiUrl: string;
  /** The host site's token for the signed-in user. */
  token?: TokenSource;
  /** The reader's languages, most wanted first (language tags): the API names types, actions and statuses in the best one it has. */
  languages?: readonly string[];
}

export async function resolveToken(source: TokenSource): Promise<string | null> {
  const token = typeof source === 'function' ? await source() : source;
  return token ? token : null;
}

/**
 * Creates the tRPC client. Create it once per page, outside React, and share it (the custom
 * elements do this for you). Every request asks `token` afresh, so a provider can refresh it.
 */
export function createTicketsClient({ apiUrl, token, languages = [] }: TicketsClientOptions): TicketsClient {
  const acceptLanguage = languages.join(', ');
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        // Live changes over Server-Sent Events; an EventSource sends no headers of ours, so the token
        // and the languages travel as connection parameters (asked afresh on every reconnect).
        true: httpSubscriptionLink({ url: apiUrl, connectionParams: async () => ({ token: (await resolveToken(token)) ?? '', languages: acceptLanguage }) }),
        false: httpLink({
          url: apiUrl,
          // A ticket page's first answer may already be on its way, asked for by the loader.
          fetch: firstPaintFetch,
          async headers() {
            const bearer = await resolveToken(token);
            return { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) };
          },
        }),
      }),
    ],
  });
}
