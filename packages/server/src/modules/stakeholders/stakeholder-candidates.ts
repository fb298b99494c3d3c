import { DomainError, resolveActingAs, stakeholderChangesOpen } from '@tickets/domain';
import type { FoundPrincipal } from '../../directory/directory.js';
import { searchWords } from '../../input/search-words.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { findVisibleTicket } from '../tickets/ticket-store.js';
import { loadTicketStakeholders } from './stakeholder-store.js';

export interface CandidatesQuery {
  ticketId: number;
  actingAs?: number;
  /** What the person typed: words matching the start of a word of a name ("ana kow"). */
  query: string;
  limit: number;
}

/**
 * The people, groups and plugin principals whose names match what someone typed, to add to a ticket
 * or hand it over to. Only for someone who may do one of those on this ticket (acting as this
 * stakeholder): the directory is not a list anyone with a token can read. Each found principal says
 * only its kind, id and name (a group its long name too), never an address. NOT_FOUND for a hidden
 * ticket, FORBIDDEN with the reason for a viewer who may change no one here.
 */
export async function findStakeholderCandidates(ctx: AuthedContext, query: CandidatesQuery): Promise<FoundPrincipal[]> {
  const row = await findVisibleTicket(ctx.em, ctx.viewer, ctx.services.namespace.id, query.ticketId);
  const stakeholders = await loadTicketStakeholders(ctx.em, ctx.directory, row.id);
  const actingAs = resolveActingAs(ctx.viewer, stakeholders, query.actingAs);
  const open = stakeholderChangesOpen({ ticketId: row.id, stakeholders, viewer: ctx.viewer, actingAs, rules: ctx.services.ticketTypes.find(row.type)?.stakeholderChanges });
  if (open.add.length === 0 && open.handOver.length === 0) {
    throw new DomainError('forbidden', 'stakeholder.search_not_allowed', `You may not add anyone to ticket #${row.id} or hand it over, so there is no one to look for.`, { ticketId: row.id });
  }
  return ctx.directory.search(searchWords(query.query), query.limit);
}
