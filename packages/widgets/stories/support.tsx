// Stories of the connected widgets run over `createFakeApi()` (the fixtures' in-memory API): each
// story gets a fresh API and QueryClient from a loader, and its `play` function can reach the API
// (to change the ticket elsewhere, make the next call fail, or check what was sent).
import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { TicketsProvider } from '../src/api/context.js';
import { createFakeApi, type FakeApi, type FakeApiOptions } from '../src/fixtures/index.js';

export interface FakeApiContext {
  api: FakeApi;
  queryClient: QueryClient;
}

/** A loader giving the story `loaded.api` and `loaded.queryClient`; `setup` may arm failures. */
export function fakeApi(options: FakeApiOptions = {}, setup?: (api: FakeApi) => void): () => FakeApiContext {
  return () => {
    const api = createFakeApi({ latencyMs: 50, ...options });
    setup?.(api);
    // No retries and no cache sharing between stories: what a story shows is what its API says.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
    return { api, queryClient };
  };
}

/** The `loaded` values of `fakeApi()`, typed. */
export function loadedApi(context: { loaded: Record<string, unknown> }): FakeApiContext {
  const { api, queryClient } = context.loaded;
  if (!api || !(queryClient instanceof QueryClient)) throw new Error('This story needs the fakeApi() loader.');
  return { api: api as FakeApi, queryClient };
}

/** Wraps the story in a `TicketsProvider` over the loader's fake API. */
export const withFakeApi: Decorator = (Story, context) => {
  const { api, queryClient } = loadedApi(context);
  return (
    <TicketsProvider client={api.client} queryClient={queryClient}>
      <Story />
    </TicketsProvider>
  );
};

/** Never settles: a request that stays on its way, for loading states. */
export const NEVER = 2 ** 31 - 1;
