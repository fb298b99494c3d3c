import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTicketsClient } from '../api/context.js';
import { ticketKeys } from '../api/queries.js';

/**
 * Keeps an open list live (`tickets.listEvents`): when tickets the viewer may see change, on any
 * API instance, the list reads its page again, so a new ticket, a status or a title shows in place.
 * After a reconnect it reads itself once more: anything may have changed while it was away.
 */
export function useListEvents(enabled: boolean): void {
  const client = useTicketsClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    const events = client.tickets.listEvents as Partial<typeof client.tickets.listEvents> | undefined;
    if (!enabled || typeof events?.subscribe !== 'function') return;
    let connections = 0;
    const subscription = events.subscribe(undefined, {
      onData(event) {
        if (event.kind === 'access_lost') return subscription.unsubscribe();
        if (event.kind === 'listening' && connections++ === 0) return;
        void queryClient.invalidateQueries({ queryKey: ticketKeys.lists });
      },
    });
    return () => subscription.unsubscribe();
  }, [client, queryClient, enabled]);
}
