import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTicketsClient } from '../api/context.js';
import { ticketKeys } from '../api/queries.js';
import type { PresentPerson, TicketDetail } from '../api/types.js';

/** What an open ticket page knows live: who else is there, and why it stopped following (if it did). */
export interface TicketLiveState {
  present: PresentPerson[];
  /** Set once the API ended the stream: the session ended, or the viewer may no longer see the ticket. */
  ended: 'access' | 'session_ended' | null;
}

/**
 * Keeps an open ticket live: follows its changes (`tickets.events`, over Server-Sent Events) and
 * reads the ticket and its timeline again when someone else changed it, so the status, timeline and
 * people update in place. A change the page made itself is already there (its version is known)
 * and is not read twice; one made between the page's read and the stream's start is read when the
 * stream starts. The link reconnects on its own and resumes after the last event it saw.
 * Also says who else has the ticket open (and who writes), as the API tells it.
 */
export function useTicketEvents(ticketId: number, enabled: boolean): TicketLiveState {
  const client = useTicketsClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<TicketLiveState>({ present: [], ended: null });
  useEffect(() => {
    const reread = () => {
      void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.timeline(ticketId) });
    };
    // A client without subscriptions (a test's fake API) simply stays as it is.
    const events = client.tickets.events as Partial<typeof client.tickets.events> | undefined;
    if (!enabled || typeof events?.subscribe !== 'function') return;
    const subscription = events.subscribe(
      { ticketId },
      {
        onData(event) {
          // A change comes tracked (its log entry's id, to resume from); presence and the end do not.
          if (!('data' in event)) {
            if (event.kind === 'presence') {
              setState((now) => ({ ...now, present: event.people }));
              // The stream's first word carries the ticket's version when it started: a change made
              // between the page's read and that moment is read now, not at the next change.
              const known = queryClient.getQueryData<TicketDetail>(ticketKeys.detail(ticketId));
              if (event.version !== undefined && known && known.ticket.version < event.version) reread();
            } else {
              setState({ present: [], ended: event.reason });
              subscription.unsubscribe();
              // Lost access: the page reads the ticket again and says "not found" as any read would.
              if (event.reason === 'access') void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
            }
            return;
          }
          const known = queryClient.getQueryData<TicketDetail>(ticketKeys.detail(ticketId));
          if (known && known.ticket.version >= event.data.version) return;
          reread();
        },
      },
    );
    return () => subscription.unsubscribe();
  }, [client, queryClient, ticketId, enabled]);
  return state;
}
