import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTicketsClient } from '../api/context.js';
import { ticketKeys } from '../api/queries.js';
import type { TicketDetail } from '../api/types.js';

/**
 * Keeps an open ticket live: follows its changes (`tickets.events`, over Server-Sent Events) and
 * reads the ticket and its timeline again when someone else changed it, so the status, timeline and
 * people update in place. A change the page made itself is already there (its version is known)
 * and is not read twice. The link reconnects on its own and resumes after the last event it saw.
 */
export function useTicketEvents(ticketId: number, enabled: boolean): void {
  const client = useTicketsClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    // A client without subscriptions (a test's fake API) simply stays as it is.
    const events = client.tickets.events as Partial<typeof client.tickets.events> | undefined;
    if (!enabled || typeof events?.subscribe !== 'function') return;
    const subscription = events.subscribe(
      { ticketId },
      {
        onData(event) {
          // A change comes tracked (its log entry's id, to resume from); losing access does not.
          const known = queryClient.getQueryData<TicketDetail>(ticketKeys.detail(ticketId));
          if ('data' in event && known && known.ticket.version >= event.data.version) return;
          void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
          void queryClient.invalidateQueries({ queryKey: ticketKeys.timeline(ticketId) });
        },
      },
    );
    return () => subscription.unsubscribe();
  }, [client, queryClient, ticketId, enabled]);
}
