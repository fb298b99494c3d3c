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
import { viewerCacheOf } from '../../directory/viewer-cache.js';
import { mailKindOf, type PendingMail } from '../mail/pending-mail.js';
import { type StakeholderJsonRow, stakeholdersOfJson } from '../stakeholders/stakeholder-store.js';
import { StatusCatalog } from '../statuses/status-catalog.js';
import { assertExpectedVersion, type EffectiveTicketRow, factsOf, lockTicketForChange, storeChange, withEffectiveStatus } from './ticket-store.js';

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
  /** The stakeholders' addresses before the change, when it may erase one (see PendingMail). */
  mailboxesBefore?: ReadonlyMap<string, Mailbox[]>;
}

export interface TicketSummary {
  id: number;
  version: number;
  changed: boolean;
}

/**
 * Runs one change to a ticket: in one transaction it takes the catalog lock, locks the ticket (if
 * the viewer may see it), refuses a stale version, resolves who the viewer acts for, applies the
 * change, and stores the new facts with a new version and the log entries (with the mails they
 * cause) in one statement. Nothing is stored unless all of it is.
 *
 * On a warm cache that is three statements besides BEGIN and COMMIT, plus what the change itself
 * sends (a comment's insert): the catalog lock; the ticket with its stakeholders and the catalog's
 * version; the store. The catalog comes from this process's cache unless its version moved (three
 * more statements), and stakeholders are named by the product's own directory tables in the same
 * statement (a plugged-in directory is asked in one more). Mails are written after the commit by the
 * outbox writer, which this wakes (`PendingMailWriter`).
 */
export async function runTicketMutation(
  ctx: AuthedContext,
  input: MutationInput,
  work: (scope: MutationScope) => Promise<MutationOutcome> | MutationOutcome,
  { requireActingAs = true } = {},
): Promise<TicketSummary> {
  // Filled inside the transaction: what has to happen once it has ended.
  const after: { tx?: EntityManager; mails?: boolean } = {};
  try {
    const summary = await ctx.em.transactional(async (tx) => {
      after.tx = tx;
      const namespaceId = ctx.services.namespace.id;
      await StatusCatalog.lock(tx, namespaceId, 'use');
      const builtInDirectory = ctx.services.directoryFor === undefined;
      const locked = await lockTicketForChange(tx, ctx.viewer, namespaceId, input.ticketId, {
        stakeholderNames: builtInDirectory ? ctx.services.ticketTypes.principalKinds : false,
      });
      assertExpectedVersion(locked.row, input.expectedVersion);
      const directory = directoryFor(ctx.services, tx);
      const stakeholders = builtInDirectory ? stakeholdersOfJson(locked.stakeholders) : await namedByDirectory(directory, locked.stakeholders);
      const actingAs = requireActingAs ? resolveActingAs(ctx.viewer, stakeholders, input.actingAs ?? undefined) : null;
      const catalog = await StatusCatalog.atVersion(tx, namespaceId, locked.catalogVersion);
      const row = withEffectiveStatus(locked.row, catalog);
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
      const facts = outcome.facts ?? factsOf(row);
      const version = await storeChange(tx, row, {
        ...(outcome.facts ? { facts: outcome.facts } : {}),
        log: {
          actor: userActor(ctx.viewer),
          actingStakeholderId: outcome.actingStakeholderId !== undefined ? outcome.actingStakeholderId : (actingAs?.id ?? null),
          events: outcome.events,
          mail: pendingMail(row.version + 1, catalog.status(facts.statusId)?.name ?? facts.state, facts, outcome.mailboxesBefore),
        },
      });
      after.mails = outcome.events.some((event) => mailKindOf(event) !== null);
      return { id: row.id, version, changed: true };
    });
    // Nested in an open transaction (the intake's), the mails are not committed yet: the writer's poll finds them.
    if (after.mails && !ctx.em.isInTransaction()) ctx.services.mailWriter?.wake();
    return summary;
  } finally {
    if (after.tx) viewerCacheOf(ctx.services).settle(after.tx);
  }
}

/** Stakeholders named by a directory a host site plugged in, which the ticket's statement cannot read. */
async function namedByDirectory(directory: Directory, rows: readonly StakeholderJsonRow[]): Promise<Stakeholder[]> {
  return stakeholdersOfJson(rows, await directory.labels(rows.map((row) => ({ kind: row.principal_kind, id: row.principal_id }))));
}

function pendingMail(version: number, status: string, facts: TicketFacts, mailboxesBefore: ReadonlyMap<string, Mailbox[]> | undefined): PendingMail {
  return { version, status, state: facts.state, ...(mailboxesBefore ? { mailboxesBefore: Object.fromEntries(mailboxesBefore) } : {}) };
}
