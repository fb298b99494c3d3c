import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { TicketsProvider } from '../src/api/context.js';
import { createFakeApi, type FakeApi, type FakeApiOptions } from '../src/fixtures/index.js';

/** Renders a connected widget over an in-memory API with a fresh cache. */
export function renderConnected(ui: ReactElement, options: FakeApiOptions & { api?: FakeApi } = {}): RenderResult & { api: FakeApi; queryClient: QueryClient } {
  const api = options.api ?? createFakeApi(options);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <TicketsProvider client={api.client} queryClient={queryClient}>
      {ui}
    </TicketsProvider>,
  );
  return { ...result, api, queryClient };
}
