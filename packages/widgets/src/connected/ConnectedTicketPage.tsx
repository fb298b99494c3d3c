import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyPlaygroundDefinition } from '@tickets/plugin-kit/widget';
import { useState } from 'react';
import { useTicketsClient } from '../api/context.js';
import { toActionFailure } from '../api/errors.js';
import { ticketQuery, timelineQuery } from '../api/queries.js';
import { ErrorMessage, Loading } from '../components/States.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';
import { TicketPage } from '../components/TicketPage.js';
import { actionChange, addStakeholderChange, changeTypeChange, commentChange, deactivateChange, handOverChange, setStatusChange } from './changes.js';
import { moveRefusal } from './move-refusal.js';
import { useTicketChanges } from './useTicketChanges.js';
import { useTicketEvents } from './useTicketEvents.js';
import { useWritingPresence } from './useWritingPresence.js';

export interface ConnectedTicketPageProps {
  ticketId: number;
  /** The playgrounds the host registered (the plugins' `./widget` exports). */
  playgrounds?: readonly AnyPlaygroundDefinition[];
  headingLevel?: 1 | 2 | 3 | 4;
}

/** `TicketPage` fed from the API: loads the ticket and its timeline, and sends every change. */
export function ConnectedTicketPage({ ticketId, playgrounds, headingLevel }: ConnectedTicketPageProps) {
  const client = useTicketsClient();
  const queryClient = useQueryClient();
  const { t } = useTicketMessages();
  const detail = useQuery(ticketQuery(client, ticketId, queryClient));
  // The detail brings the first page; this query asks the API only for the pages after it.
  const timeline = useInfiniteQuery({ ...timelineQuery(client, ticketId), enabled: detail.isSuccess });
  const changes = useTicketChanges(ticketId);
  const live = useTicketEvents(ticketId, detail.isSuccess);
  const onWritingChange = useWritingPresence(ticketId);
  const [chosen, setChosen] = useState<number | null>(null);

  if (detail.isPending) return <Loading label={`Loading ticket #${ticketId}…`} />;
  if (detail.isError) return <ErrorMessage error={detail.error} what={`Ticket #${ticketId}`} onRetry={() => void detail.refetch()} />;

  const choices = detail.data.viewer.actingAs;
  // The viewer's choice while it is still open to them, else the first stakeholder they may act as.
  const actingAs = choices.find((choice) => choice.stakeholderId === chosen) ?? choices[0] ?? null;
  const actingAsId = actingAs?.stakeholderId ?? null;
  const entries = timeline.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <TicketPage
      detail={detail.data}
      headingLevel={headingLevel}
      timeline={entries}
      timelineStatus={
        timeline.isPending ? (
          <Loading label={t('timeline.loading')} />
        ) : timeline.isError ? (
          <ErrorMessage error={timeline.error} what={t('timeline.what')} onRetry={() => void timeline.refetch()} />
        ) : null
      }
      timelineHasMore={timeline.hasNextPage}
      timelineLoadingMore={timeline.isFetchingNextPage}
      onLoadMoreTimeline={() => void timeline.fetchNextPage()}
      pendingIds={new Set(entries.filter((entry) => entry.id < 0).map((entry) => entry.id))}
      actingAsId={actingAsId}
      onActingAsChange={setChosen}
      playgrounds={playgrounds}
      notice={changes.notice}
      onDismissNotice={changes.dismissNotice}
      busy={changes.busy}
      present={live.present}
      liveEnded={live.ended}
      onWritingChange={onWritingChange}
      onSetStatus={(statusId) => changes.fire(setStatusChange(statusId), actingAsId)}
      onComment={(body) => changes.run(commentChange(body, detail.data.viewer, actingAs, detail.data), actingAsId)}
      onAddStakeholder={(input, name) => changes.fire(addStakeholderChange(input, name), actingAsId)}
      onHandOver={(from, to, name) => changes.fire(handOverChange(from, to, name), actingAsId)}
      onDeactivate={(stakeholderId) => changes.fire(deactivateChange(stakeholderId), actingAsId)}
      onSearchPeople={(query) => client.stakeholders.candidates.query({ ticketId, query, ...(actingAsId === null ? {} : { actingAs: actingAsId }) })}
      onChangeType={async (type, given) => {
        try {
          await changes.run(changeTypeChange(type, given), actingAsId);
        } catch (error) {
          throw moveRefusal(toActionFailure(error, changes.conflictWords));
        }
      }}
      runAction={async (key, input) => {
        try {
          await changes.run(actionChange(key, input), actingAsId);
        } catch (error) {
          throw toActionFailure(error, changes.conflictWords);
        }
      }}
    />
  );
}
