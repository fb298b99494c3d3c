import { type InfiniteData, useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TicketsClient } from '../api/client.js';
import { useTicketsClient } from '../api/context.js';
import { type ConflictWords, conflictNotice, errorInfo, isConflict } from '../api/errors.js';
import { ticketKeys } from '../api/queries.js';
import type { TicketDetail, TimelineEntry, TimelinePage } from '../api/types.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';

/** What every change to a ticket carries: the version the page holds and whom the viewer acts as. */
export interface ChangeBase {
  ticketId: number;
  expectedVersion: number;
  actingAs?: number;
}

/** One change to a ticket, as the page makes it. */
export interface TicketChange {
  /** Sends the change; the answer carries the ticket's new version. */
  send(client: TicketsClient, base: ChangeBase): Promise<{ version: number }>;
  /** The ticket as it will look once stored, shown at once (optimistic update). */
  optimistic?(detail: TicketDetail): TicketDetail;
  /** A timeline entry shown at once (a comment being sent). */
  pendingEntry?: TimelineEntry;
}

interface Variables {
  change: TicketChange;
  actingAsId: number | null;
}

interface Snapshot {
  detail: TicketDetail | undefined;
  timeline: InfiniteData<TimelinePage, string | null> | undefined;
}

/** Adds an entry at the end of the timeline when its last page is loaded (else it appears on reload). */
function appendEntry(timeline: InfiniteData<TimelinePage, string | null>, entry: TimelineEntry): InfiniteData<TimelinePage, string | null> {
  const last = timeline.pages.at(-1);
  if (!last || last.nextCursor !== null) return timeline;
  return { ...timeline, pages: [...timeline.pages.slice(0, -1), { ...last, entries: [...last.entries, entry] }] };
}

/** How the ticket page says a conflict, in its reader's language. */
function useConflictWords(): ConflictWords {
  const { t } = useTicketMessages();
  return { stale: t('ticket.conflict'), reloaded: (message) => t('ticket.reloaded', { message }) };
}

/**
 * Changes to one ticket: each sent with the version in the cache when it leaves (changes run one
 * after the other), shown at once, and rolled back when refused. On CONFLICT the ticket and its
 * timeline are reloaded and `notice` says so in words; any other refusal puts the server's message
 * there.
 */
export function useTicketChanges(ticketId: number) {
  const client = useTicketsClient();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const conflictWords = useConflictWords();
  const detailKey = ticketKeys.detail(ticketId);
  const timelineKey = ticketKeys.timeline(ticketId);
  const mutationKey = ['ticket-change', ticketId];

  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: detailKey }),
      queryClient.invalidateQueries({ queryKey: timelineKey }),
      queryClient.invalidateQueries({ queryKey: ticketKeys.lists }),
    ]);

  const mutation = useMutation<{ version: number }, unknown, Variables, Snapshot>({
    mutationKey,
    scope: { id: `ticket-change-${ticketId}` },
    mutationFn: ({ change, actingAsId }) => {
      const detail = queryClient.getQueryData<TicketDetail>(detailKey);
      if (!detail) return Promise.reject(new Error('The ticket is still loading; try again in a moment.'));
      return change.send(client, { ticketId, expectedVersion: detail.ticket.version, ...(actingAsId !== null ? { actingAs: actingAsId } : {}) });
    },
    onMutate: async ({ change }) => {
      setNotice(null);
      await Promise.all([queryClient.cancelQueries({ queryKey: detailKey }), queryClient.cancelQueries({ queryKey: timelineKey })]);
      const snapshot: Snapshot = {
        detail: queryClient.getQueryData<TicketDetail>(detailKey),
        timeline: queryClient.getQueryData<InfiniteData<TimelinePage, string | null>>(timelineKey),
      };
      if (change.optimistic && snapshot.detail) queryClient.setQueryData(detailKey, change.optimistic(snapshot.detail));
      if (change.pendingEntry && snapshot.timeline) queryClient.setQueryData(timelineKey, appendEntry(snapshot.timeline, change.pendingEntry));
      return snapshot;
    },
    onSuccess: ({ version }) => {
      // The next change leaves with this version even before the reload comes back.
      queryClient.setQueryData<TicketDetail>(detailKey, (detail) =>
        detail && version > detail.ticket.version ? { ...detail, ticket: { ...detail.ticket, version } } : detail,
      );
    },
    onError: async (error, _variables, snapshot) => {
      if (snapshot?.detail) queryClient.setQueryData(detailKey, snapshot.detail);
      if (snapshot?.timeline) queryClient.setQueryData(timelineKey, snapshot.timeline);
      if (isConflict(error)) {
        await reload();
        setNotice(conflictNotice(error, conflictWords));
      } else {
        setNotice(errorInfo(error).message);
      }
    },
    // After a conflict the reload has happened already (before the notice).
    onSettled: (_data, error) => (isConflict(error) ? undefined : reload()),
  });

  const busy = useIsMutating({ mutationKey }) > 0;
  return {
    /** Makes a change; resolves with the new version once stored and reloaded, rejects when refused. */
    run: (change: TicketChange, actingAsId: number | null) => mutation.mutateAsync({ change, actingAsId }),
    /** The same, for callers that only need the page to show the outcome. */
    fire: (change: TicketChange, actingAsId: number | null) => mutation.mutate({ change, actingAsId }),
    busy,
    notice,
    dismissNotice: () => setNotice(null),
    /** How this page says a conflict (for a playground's refusals too). */
    conflictWords,
  };
}
