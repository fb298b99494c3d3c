import { actableStakeholders, type Stakeholder, type StakeholderChangesOpen, stakeholderChangesOpen } from '@tickets/domain';
import type { AuthedContext } from '../../request/authed-context.js';
import { loadTicketStakeholders } from '../stakeholders/stakeholder-store.js';
import { StatusCatalog } from '../statuses/status-catalog.js';
import { statusView, type StatusView, unknownStatusView } from '../statuses/status-view.js';
import { isoTimestamp, isoTimestampOrNull } from '../../db/timestamps.js';
import type { TicketRow } from '../../db/rows/tickets-row.js';
import { findVisibleTicket, withEffectiveStatus } from './ticket-store.js';
import { allowedMoves } from './ticket-moves.js';
import { actionCheckContext, availableActions, type ActionView } from '../actions/action-availability.js';
import { sqlOf } from '../../db/sql-client.js';

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
}

export interface TicketDetail {
  ticket: TicketView;
  stakeholders: Stakeholder[];
  lifecycle: { id: number; name: string; statuses: StatusView[] };
  /** The type's stored metadata (null for a type that keeps none). */
  metadata: unknown;
  viewer: {
    canAct: boolean;
    /** The stakeholders the viewer may act as (choose one when there are several). */
    actingAs: ActingAsChoiceView[];
  };
}

export function ticketView(row: TicketRow, catalog: StatusCatalog, typeTitle: string, creatorName: string): TicketView {
  const status = catalog.status(row.status_id);
  return {
    id: row.id,
    type: row.type,
    typeTitle,
    title: row.title,
    state: row.state,
    status: status ? statusView(status) : unknownStatusView(row.status_id, row.state),
    version: row.version,
    createdBy: { userId: row.created_by_user_id, name: creatorName },
    duplicateOfId: row.duplicate_of_id,
    createdAt: isoTimestamp(row.created_at),
    updatedAt: isoTimestamp(row.updated_at),
    closedAt: isoTimestampOrNull(row.closed_at),
  };
}

/** A ticket as its viewer sees it, with what they may do: a fixed number of queries. */
export async function loadTicketDetail(ctx: AuthedContext, ticketId: number): Promise<TicketDetail> {
  const namespaceId = ctx.services.namespace.id;
  const stored = await findVisibleTicket(ctx.em, ctx.viewer, namespaceId, ticketId);
  const [stakeholders, catalog, creator] = await Promise.all([
    loadTicketStakeholders(ctx.em, ctx.directory, stored.id),
    StatusCatalog.load(ctx.em, namespaceId),
    ctx.directory.labels([{ kind: 'user', id: stored.created_by_user_id }]),
  ]);
  // A removed status reads as the status it maps to, before the migration rewrites the ticket.
  const row = withEffectiveStatus(stored, catalog);
  const lifecycle = catalog.lifecycleFor(row.type);
  const server = ctx.services.ticketTypes.server(row.type);
  const ticketType = server?.definition;
  const metadata =
    server?.store && row.metadata_id !== null ? ((await server.store.load(sqlOf(ctx.em), [row.metadata_id])).get(row.metadata_id) ?? null) : null;
  const actable = actableStakeholders(ctx.viewer, stakeholders);
  return {
    ticket: ticketView(row, catalog, ticketType?.title ?? row.type, creator.get(`user:${row.created_by_user_id}`)?.name ?? `User #${row.created_by_user_id}`),
    stakeholders,
    lifecycle: { id: lifecycle.id, name: lifecycle.name, statuses: lifecycle.statuses.map(statusView) },
    metadata,
    viewer: {
      canAct: actable.length > 0,
      actingAs: actable.map((stakeholder) => ({
        stakeholderId: stakeholder.id,
        name: stakeholder.principal.name,
        connection: stakeholder.connection,
        role: stakeholder.role,
        allowedStatusIds: allowedMoves({ row, catalog, lifecycle, ticketType, viewer: ctx.viewer }, stakeholder).map((status) => status.id),
        actions: availableActions(server, actionCheckContext({ viewer: ctx.viewer, actingAs: stakeholder, stakeholders, row, catalog, metadata })),
        stakeholderChanges: stakeholderChangesOpen({ ticketId: row.id, stakeholders, viewer: ctx.viewer, actingAs: stakeholder, rules: ticketType?.stakeholderChanges }),
      })),
    },
  };
}
