import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import type { TicketsClient } from './client.js';

const ClientContext = createContext<TicketsClient | null>(null);

export interface TicketsProviderProps {
  client: TicketsClient;
  queryClient: QueryClient;
  children?: ReactNode;
}

/** Gives the connected widgets below it the page's tRPC client and QueryClient. */
export function TicketsProvider({ client, queryClient, children }: TicketsProviderProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
    </QueryClientProvider>
  );
}

export function useTicketsClient(): TicketsClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('A connected Tickets widget needs a <TicketsProvider client={…} queryClient={…}> around it.');
  return client;
}
