import type { AnyPlaygroundDefinition, PlaygroundProps } from '@tickets/plugin-kit/widget';
import type { ReactNode } from 'react';
import type { NewStakeholderInput, PresentPerson, PrincipalInput, TicketPageDetail, TimelineEntry } from '../api/types.js';
import { CommentComposer } from './CommentComposer.js';
import { MoveTypeForm } from './MoveTypeForm.js';
import { Notice } from './Notice.js';
import type { PeopleSearch } from './PeoplePicker.js';
import { PlaygroundSlot } from './PlaygroundSlot.js';
import { Presence } from './Presence.js';
import { StakeholderList } from './StakeholderList.js';
import { StatusPicker } from './StatusPicker.js';
import { TicketHeader } from './TicketHeader.js';
import { Timeline } from './Timeline.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';

export interface TicketPageHandlers {
  onSetStatus(statusId: number): void;
  onComment(body: string): Promise<unknown> | void;
  /** `name`: the principal's, as chosen, shown until the API answers. */
  onAddStakeholder(stakeholder: NewStakeholderInput, name?: string): void;
  onHandOver(fromStakeholderId: number, to: PrincipalInput, name?: string): void;
  onDeactivate(stakeholderId: number): void;
  /** Finds whom to add or hand over to by name (the directory, as the viewer may search it). */
  onSearchPeople: PeopleSearch;
  /** The viewer started (true) or stopped (false) writing a comment: others see it while they have the ticket open. */
  onWritingChange?(writing: boolean): void;
  /** Moves the ticket to another type; rejects with a `MoveRefusal`. */
  onChangeType?(type: string, given: Record<string, string>): Promise<void>;
  runAction: PlaygroundProps['runAction'];
}

export interface TicketPageProps extends TicketPageHandlers {
  detail: TicketPageDetail;
  timeline: readonly TimelineEntry[];
  /** Shown instead of the timeline while it loads or when it failed. */
  timelineStatus?: ReactNode;
  timelineHasMore?: boolean;
  onLoadMoreTimeline?(): void;
  timelineLoadingMore?: boolean;
  /** Timeline entries sent but not yet stored. */
  pendingIds?: ReadonlySet<number>;
  /** The stakeholder the viewer acts as (one of `detail.viewer.actingAs`). */
  actingAsId: number | null;
  onActingAsChange(stakeholderId: number): void;
  /** The playgrounds the host registered; the ticket's type picks one, the viewer's role its view. */
  playgrounds?: readonly AnyPlaygroundDefinition[];
  /** A message about the last change (e.g. a conflict), with a way to dismiss it. */
  notice?: string | null;
  onDismissNotice?(): void;
  /** True while a change is on its way. */
  busy?: boolean;
  /** Who else has the ticket open now, and who of them writes a comment. */
  present?: readonly PresentPerson[];
  /** Why the page stopped following the ticket's changes (the session ended, access was taken away). */
  liveEnded?: 'access' | 'session_ended' | null;
  headingLevel?: 1 | 2 | 3 | 4;
}

/** The titles of the types this ticket has had: its own, and those it moved from or to. */
function typeTitlesOf(detail: TicketPageDetail, timeline: readonly TimelineEntry[]): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const entry of timeline) {
    if (entry.kind === 'log' && entry.event.type === 'ticket.type_changed') {
      titles[entry.event.from.type] = entry.event.from.title;
      titles[entry.event.to.type] = entry.event.to.title;
    }
  }
  titles[detail.ticket.type] = detail.ticket.typeTitle;
  return titles;
}

/**
 * A whole ticket: header with status, the type's playground, the timeline and a comment box, and
 * the people on it. Purely presentational; `ConnectedTicketPage` feeds it from the API.
 */
export function TicketPage(props: TicketPageProps) {
  const { detail, actingAsId, busy = false, playgrounds = [] } = props;
  const choices = detail.viewer.actingAs;
  const actingAs = choices.find((choice) => choice.stakeholderId === actingAsId) ?? null;
  const speaksFor = actingAs && !isViewerSelf(detail, actingAs.stakeholderId) ? actingAs.name : null;
  const { t } = useTicketMessages();

  return (
    <div className="tk-page">
      {props.notice && <Notice message={props.notice} onDismiss={props.onDismissNotice} />}
      {props.liveEnded && (
        <p className="tk-live-ended" part="live-ended" role="status">
          {props.liveEnded === 'session_ended' ? t('live.sessionEnded') : t('live.accessLost', { id: detail.ticket.id })}
        </p>
      )}
      <TicketHeader
        ticket={detail.ticket}
        headingLevel={props.headingLevel}
        statusControl={
          actingAs && (
            <StatusPicker
              statuses={detail.lifecycle.statuses}
              currentStatusId={detail.ticket.status.id}
              allowedStatusIds={actingAs.allowedStatusIds}
              onSelect={props.onSetStatus}
              busy={busy}
            />
          )
        }
      />
      <div className="tk-columns">
        <div className="tk-main">
          <PlaygroundSlot playgrounds={playgrounds} detail={detail} actingAs={actingAs} runAction={props.runAction} busy={busy} />
          {props.timelineStatus || (
            <Timeline
              entries={props.timeline}
              hasMore={props.timelineHasMore}
              onLoadMore={props.onLoadMoreTimeline}
              loadingMore={props.timelineLoadingMore}
              pendingIds={props.pendingIds}
              typeTitles={typeTitlesOf(detail, props.timeline)}
            />
          )}
          <Presence people={props.present ?? []} />
          {actingAs ? (
            <CommentComposer onSubmit={props.onComment} onBehalfOf={speaksFor} busy={busy} onWritingChange={props.onWritingChange} />
          ) : (
            <p className="tk-muted">{t('ticket.readOnly')}</p>
          )}
        </div>
        <aside className="tk-side">
          <StakeholderList
            stakeholders={detail.stakeholders}
            actingAs={choices}
            actingAsId={actingAsId}
            onActingAsChange={props.onActingAsChange}
            onAdd={props.onAddStakeholder}
            onHandOver={props.onHandOver}
            onDeactivate={props.onDeactivate}
            onSearch={props.onSearchPeople}
            busy={busy}
          />
          {actingAs && props.onChangeType && actingAs.moveTargets.length > 0 && <MoveTypeForm targets={actingAs.moveTargets} onMove={props.onChangeType} busy={busy} />}
        </aside>
      </div>
    </div>
  );
}

/** Whether a stakeholder is the viewer as a person (a comment for them needs no "on behalf of"). */
function isViewerSelf(detail: TicketPageDetail, stakeholderId: number): boolean {
  return detail.stakeholders.some((stakeholder) => stakeholder.id === stakeholderId && stakeholder.principal.kind === 'user');
}
