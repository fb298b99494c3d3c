import { resolveActingAs } from '@tickets/domain';
import type { AuthedContext } from '../../request/authed-context.js';
import { loadTicketStakeholders } from '../stakeholders/stakeholder-store.js';
import { allowedMoves } from '../tickets/ticket-moves.js';
import { findVisibleTicket, withEffectiveStatus } from '../tickets/ticket-store.js';
import { StatusCatalog } from './status-catalog.js';
import type { StatusView } from './status-view.js';
import { readerWords } from '../ticket-types/reader-words.js';

/**
 * The statuses, in lifecycle order, the viewer may move a ticket to acting as this stakeholder (or
 * the only one they may act as). Refused like a change would be: NOT_FOUND for a hidden ticket,
 * FORBIDDEN with the reason for a viewer who cannot act, PRECONDITION_FAILED with the choices when
 * they must say whom they act as. A fixed number of queries.
 */
export async function loadAllowedStatuses(ctx: AuthedContext, ticketId: number, actingAs?: number): Promise<StatusView[]> {
  const namespaceId = ctx.services.namespace.id;
  const stored = await findVisibleTicket(ctx.em, ctx.viewer, namespaceId, ticketId);
  const [stakeholders, catalog] = await Promise.all([
    loadTicketStakeholders(ctx.em, ctx.directory, stored.id),
    StatusCatalog.load(ctx.em, namespaceId),
  ]);
  const row = withEffectiveStatus(stored, catalog);
  const stakeholder = resolveActingAs(ctx.viewer, stakeholders, actingAs);
  const context = {
    row,
    catalog,
    lifecycle: catalog.lifecycleFor(row.type),
    ticketType: ctx.services.ticketTypes.find(row.type),
    viewer: ctx.viewer,
  };
  const words = readerWords(ctx);
  return allowedMoves(context, stakeholder).map((status) => words.statusView(row.type, status));
}
