import { actableStakeholders, canChangeType, type PrincipalRef, type Stakeholder, type StakeholderChangesOpen, stakeholderChangesOpen } from '@tickets/domain';
import type { MoveInField } from '@tickets/plugin-kit';
import { sql } from '@tickets/sql';
import { NamespaceRow } from '../../db/rows/namespaces-row.js';
import { pgJson } from '../../db/rows/pg-values.js';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { isoTimestamp, isoTimestampOrNull } from '../../db/timestamps.js';
import { labelLookup } from '../../directory/label-lookup.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { actionCheckContext, availableActions, type ActionView } from '../actions/action-availability.js';
import { type StakeholderJsonRow, stakeholdersJson, stakeholdersOfJson } from '../stakeholders/stakeholder-store.js';
import { StatusCatalog } from '../statuses/status-catalog.js';
import { type StatusView, unknownStatusView } from '../statuses/status-view.js';
import { type ReaderWords, readerWords } from '../ticket-types/reader-words.js';
import { TIMELINE_PAGE_SIZE, timelinePageOf, timelinePrincipals, type TimelinePage } from '../timeline/ticket-timeline.js';
import { loadTimelineRows } from '../timeline/timeline-rows.js';
import { allowedMoves } from './ticket-moves.js';
import { TICKET_COLUMNS, ticketNotFound, withEffectiveStatus } from './ticket-store.js';
import { visibleToViewer } from './visibility-sql.js';

export interface TicketView {
  id: number;
  type: string;
  typeTitle: string;
  title: string;
  state: 'open' | 'closed';
  status: StatusView;
  version: number;
  createdBy: { userId: number; name: string };
  duplicateOfId: number | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface ActingAsChoiceView {
  stakeholderId: number;
  name: string;
  connection: Stakeholder['connection'];
  role: Stakeholder['role'];
  /** The statuses the viewer may move the ticket to when acting as this stakeholder. */
  allowedStatusIds: number[];
  /** The type's actions, each allowed or not (with the reason) for this stakeholder. */
  actions: ActionView[];
  /** Who they may add (by connection), hand over and remove as this stakeholder, so no control is offered in vain. */
  stakeholderChanges: StakeholderChangesOpen;
  /** The types they may move the ticket to as this stakeholder (`tickets.changeType`), with what each asks for. */
  moveTargets: MoveTargetView[];
}

export interface MoveTargetView {
  type: string;
  title: string;
  fields: MoveInField[];
}

export interface TicketDetail {
  ticket: TicketView;
  stakeholders: Stakeholder[];
  lifecycle: { id: number; name: string; statuses: StatusView[] };
  /** The type's stored metadata (null for a type that keeps none). */
  metadata: unknown;
  /** The first page of the timeline (as `tickets.timeline` gives it), so the page paints from this one answer. */
  timeline: TimelinePage;
  viewer: {
    /** Who is looking: the author of what they write next. */
    userId: number;
    name: string;
    canAct: boolean;
    /** The stakeholders the viewer may act as (choose one when there are several). */
    actingAs: ActingAsChoiceView[];
  };
}

export function ticketView(row: TicketRow, catalog: StatusCatalog, words: ReaderWords, creatorName: string): TicketView {
  const status = catalog.status(row.status_id);
  return {
    id: row.id,
    type: row.type,
    typeTitle: words.typeTitle(row.type),
    title: row.title,
    state: row.state,
    status: status ? words.statusView(row.type, status) : unknownStatusView(row.status_id, row.state),
    version: row.version,
    createdBy: { userId: row.created_by_user_id, name: creatorName },
    duplicateOfId: row.duplicate_of_id,
    createdAt: isoTimestamp(row.created_at),
    updatedAt: isoTimestamp(row.updated_at),
    closedAt: isoTimestampOrNull(row.closed_at),
  };
}

const DetailRow = TicketRow.extend({
  catalog_version: NamespaceRow.shape.catalog_version,
  stakeholders: pgJson<StakeholderJsonRow[]>(),
});

/**
 * A ticket as its viewer sees it, with what they may do and the first page of its timeline, so a
 * ticket page paints from one request. Two statements at the same time (the ticket with its
 * stakeholders and catalog version; the timeline's first page), then one directory call naming
 * everyone and, for a type that keeps metadata, its row; the catalog comes from the process's cache
 * while its version holds.
 */
export async function loadTicketDetail(ctx: AuthedContext, ticketId: number): Promise<TicketDetail> {
  return detailOf(ctx, await readDetailParts(ctx, ticketId));
}

async function readDetailParts(ctx: AuthedContext, ticketId: number) {
  const namespaceId = ctx.services.namespace.id;
  const db = sqlOf(ctx.em);
  // The ticket is read with the catalog's version, and the catalog is taken at that version. A
  // catalog that changed between the two reads (a status removed and its migration finished) may
  // no longer name the status the ticket was read on: read the ticket again, rarely more than once.
  for (let attempt = 1; ; attempt += 1) {
    // The timeline is read beside the visibility check and dropped unread when it fails.
    const [found, timelineRows] = await Promise.all([
      db.maybeOne(
        sql`select ${TICKET_COLUMNS}, (select n.catalog_version from namespaces n where n.id = t.namespace_id) as catalog_version,
                   ${stakeholdersJson(sql`t`, { names: false })} as stakeholders
              from tickets t
             where t.id = ${ticketId} and t.namespace_id = ${namespaceId} and ${visibleToViewer(ctx.viewer)}`,
        DetailRow,
      ),
      loadTimelineRows(ctx.em, ticketId, undefined, TIMELINE_PAGE_SIZE + 1),
    ]);
    if (!found) throw ticketNotFound(ticketId);
    const { catalog_version: catalogVersion, stakeholders: stakeholderRows, ...stored } = found;
    const creatorRef: PrincipalRef = { kind: 'user', id: stored.created_by_user_id };
    const server = ctx.services.ticketTypes.server(stored.type);
    const [catalog, labels, metadata] = await Promise.all([
      StatusCatalog.atVersion(ctx.em, namespaceId, catalogVersion),
      ctx.directory.labels([
        creatorRef,
        ...stakeholderRows.map((row): PrincipalRef => ({ kind: row.principal_kind, id: row.principal_id })),
        ...timelinePrincipals(timelineRows, TIMELINE_PAGE_SIZE),
      ]),
      server?.store && stored.metadata_id !== null ? server.store.load(db, [stored.metadata_id]).then((rows) => rows.get(stored.metadata_id!) ?? null) : null,
    ]);
    if (catalog.version !== catalogVersion && attempt < CONSISTENT_READ_ATTEMPTS) continue;
    return { stored, stakeholderRows, timelineRows, catalog, labels, metadata, creatorRef, server };
  }
}

/** How often a read starts again when the catalog changed under it, before it answers with what it has. */
const CONSISTENT_READ_ATTEMPTS = 3;

type DetailParts = Awaited<ReturnType<typeof readDetailParts>>;

function detailOf(
  ctx: AuthedContext,
  { stored, stakeholderRows, timelineRows, catalog, labels, metadata, creatorRef, server }: DetailParts,
): TicketDetail {
  const stakeholders = stakeholdersOfJson(stakeholderRows, labels);
  const label = labelLookup(labels);
  // A removed status reads as the status it maps to, before the migration rewrites the ticket.
  const row = withEffectiveStatus(stored, catalog);
  const lifecycle = catalog.lifecycleFor(row.type);
  const ticketType = server?.definition;
  const actable = actableStakeholders(ctx.viewer, stakeholders);
  const words = readerWords(ctx);
  const moveTargets = ctx.services.ticketTypes.all
    .filter((type) => type.moveIn?.from.includes(row.type))
    .map((type): MoveTargetView => ({ type: type.type, title: words.typeTitle(type.type), fields: words.moveInFields(type.type) }));
  return {
    ticket: ticketView(row, catalog, words, label(creatorRef).name),
    stakeholders,
    lifecycle: { id: lifecycle.id, name: lifecycle.name, statuses: lifecycle.statuses.map((status) => words.statusView(row.type, status)) },
    metadata,
    timeline: timelinePageOf(timelineRows, TIMELINE_PAGE_SIZE, label, { words, ticketType: row.type }),
    viewer: {
      userId: ctx.viewer.userId,
      name: ctx.viewer.name,
      canAct: actable.length > 0,
      actingAs: actable.map((stakeholder) => ({
        stakeholderId: stakeholder.id,
        name: stakeholder.principal.name,
        connection: stakeholder.connection,
        role: stakeholder.role,
        allowedStatusIds: allowedMoves({ row, catalog, lifecycle, ticketType, viewer: ctx.viewer }, stakeholder).map((status) => status.id),
        actions: availableActions(server, actionCheckContext({ viewer: ctx.viewer, actingAs: stakeholder, stakeholders, row, catalog, metadata }), words.of(row.type)),
        stakeholderChanges: stakeholderChangesOpen({ ticketId: row.id, stakeholders, viewer: ctx.viewer, actingAs: stakeholder, rules: ticketType?.stakeholderChanges }),
        moveTargets: canChangeType(ctx.viewer, stakeholder) === true ? moveTargets : [],
      })),
    },
  };
}
