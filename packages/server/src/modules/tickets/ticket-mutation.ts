import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type LogEvent,
  type ResolvedLifecycle,
  resolveActingAs,
  type Stakeholder,
  type TicketFacts,
  userActor,
} from '@tickets/domain';
import type { TicketTypeDefinition } from '@tickets/plugin-kit';
import type { AuthedContext } from '../../request/authed-context.js';
import { directoryFor } from '../../request/app-services.js';
import type { Directory, Mailbox } from '../../directory/directory.js';
import { appendLogs } from '../logs/log-store.js';
import { enqueueTicketMails } from '../mail/enqueue-ticket-mails.js';
import { loadTicketStakeholders } from '../stakeholders/stakeholder-store.js';
import { StatusCatalog } from '../statuses/status-catalog.js';
import { assertExpectedVersion, type EffectiveTicketRow, factsOf, findVisibleTicket, storeFacts, touchTicket, withEffectiveStatus } from './ticket-store.js';

export interface MutationInput {
  ticketId: number;
  expectedVersion: number;
  /** The stakeholder the viewer acts for; may be left out when only one fits. */
  actingAs?: number | null | undefined;
}

/** Everything a change needs, read inside its transaction with the ticket row locked. */
export interface MutationScope {
  tx: EntityManager;
  directory: Directory;
  ctx: AuthedContext;
  /** The locked ticket, on its effective status (a removed status already reads as its mapping). */
  row: EffectiveTicketRow;
  facts: TicketFacts;
  stakeholders: Stakeholder[];
  /** Null only for changes that do not need one (`requireActingAs: false`). */
  actingAs: Stakeholder | null;
  catalog: StatusCatalog;
  lifecycle: ResolvedLifecycle;
  ticketType: TicketTypeDefinition | undefined;
  now: string;
}

export interface MutationOutcome {
  /** New facts to store (state, status, duplicate link); leave out when they do not change. */
  facts?: TicketFacts;
  /** The log entries of the change; none means nothing changed and nothing is stored. */
  events: readonly LogEvent[];
  /** The stakeholder to record as acted for, when it differs from the resolved one (e.g. a join). */
  actingStakeholderId?: number | null;
  /** The stakeholders' addresses before the change, when it may erase one (see LoggedChange). */
  mailboxesBefore?: ReadonlyMap<string, Mailbox>;
}

export interface TicketSummary {
  id: number;
  version: number;
  changed: boolean;
}

/**
 * Runs one change to a ticket: in one transaction it locks the ticket (if the viewer may see it),
 * refuses a stale version, resolves who the viewer acts for, applies the change, stores the new
 * facts with a new version, and writes the log entries. Nothing is stored unless all of it is.
 */
export async function runTicketMutation(
  ctx: AuthedContext,
  input: MutationInput,
  work: (scope: MutationScope) => Promise<MutationOutcome> | MutationOutcome,
  { requireActingAs = true } = {},
): Promise<TicketSummary> {
  return ctx.em.transactional(async (tx) => {
    const namespaceId = ctx.services.namespace.id;
    const locked = await findVisibleTicket(tx, ctx.viewer, namespaceId, input.ticketId, { lock: true });
    assertExpectedVersion(locked, input.expectedVersion);
    const directory = directoryFor(ctx.services, tx);
    const stakeholders = await loadTicketStakeholders(tx, directory, locked.id);
    const actingAs = requireActingAs ? resolveActingAs(ctx.viewer, stakeholders, input.actingAs ?? undefined) : null;
    const catalog = await StatusCatalog.loadLocked(tx, namespaceId, 'use');
    const row = withEffectiveStatus(locked, catalog);
    const outcome = await work({
      tx,
      directory,
      ctx,
      row,
      facts: factsOf(row),
      stakeholders,
      actingAs,
      catalog,
      lifecycle: catalog.lifecycleFor(row.type),
      ticketType: ctx.services.ticketTypes.find(row.type),
      now: new Date().toISOString(),
    });
    if (outcome.events.length === 0) return { id: row.id, version: row.version, changed: false };
    const version = outcome.facts ? await storeFacts(tx, row, outcome.facts) : await touchTicket(tx, row);
    await appendLogs(tx, {
      namespaceId,
      ticketId: row.id,
      actor: userActor(ctx.viewer),
      actingStakeholderId: outcome.actingStakeholderId !== undefined ? outcome.actingStakeholderId : (actingAs?.id ?? null),
      events: outcome.events,
    });
    await enqueueTicketMails(tx, ctx.services, { ticketId: row.id, version, events: outcome.events, ...(outcome.mailboxesBefore ? { mailboxesBefore: outcome.mailboxesBefore } : {}) });
    return { id: row.id, version, changed: true };
  });
}
