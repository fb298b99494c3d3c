// The status catalog each process keeps in memory (modules/statuses/catalog-cache.ts): a change
// must never run on a catalog older than the one committed, whichever process (or person, by hand)
// changed it, and a change in flight must hold a catalog change back until it is done.
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { StatusCatalog } from '../src/modules/statuses/status-catalog.js';
import { ritasTicket } from './support/ritas-ticket.js';
import { logsOf } from './support/ticket-records.js';
import { startTestApi } from './support/test-api.js';
import { ON_PGLITE } from './support/test-database.js';

// No background job: the only catalog changes are this file's own.
const t = await startTestApi({ STATUS_MIGRATION_WORKER: 'false' });
const ana = t.client('ana');
const namespaceId = t.api.services.namespace.id;
const em = () => t.api.services.orm.em.fork();

async function catalogVersion(db: EntityManager = em()): Promise<number> {
  const [row] = await db.execute<{ catalog_version: number }[]>('select catalog_version from namespaces where id = ?', [namespaceId]);
  return row!.catalog_version;
}

/** A reviewed request (its type installs a lifecycle of custom statuses), moved once so the catalog is cached. */
async function reviewedTicket() {
  const ticket = await ritasTicket(t, { type: 'reviewed-request', metadata: { reason: 'Because.' } });
  await ana.tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: 1, statusId: ticket.status('Under review') });
  return ticket;
}

/** The ticket's last status change, as its log entry names the statuses. */
async function lastMove(ticketId: number): Promise<{ from: string; to: string } | undefined> {
  const moves = (await logsOf(t, ticketId)).flatMap((log) => (log.event.type === 'ticket.status_changed' ? [{ from: log.event.from.name, to: log.event.to.name }] : []));
  return moves.at(-1);
}

/** Renames one of the reviewed requests' statuses by hand, as another process or an operator could. */
async function rename(db: EntityManager, from: string, to: string): Promise<void> {
  await db.execute(`update custom_statuses set name = ? where namespace_id = ? and name = ?`, [to, namespaceId, from]);
}

describe('the catalog version', () => {
  it('moves with every change to the tables the catalog is read from, whoever makes it', async () => {
    await reviewedTicket();
    const db = em();
    const [status] = await db.execute<{ id: number }[]>(`select id from custom_statuses where namespace_id = ? and name = 'Rejected'`, [namespaceId]);
    const [lifecycle] = await db.execute<{ id: number }[]>(`select id from lifecycles where namespace_id = ? order by id limit 1`, [namespaceId]);
    const changes: Record<string, string> = {
      custom_statuses: `update custom_statuses set color = '#000000' where id = ${status!.id}`,
      lifecycles: `update lifecycles set name = name || ' (renamed)' where id = ${lifecycle!.id}`,
      lifecycle_statuses: `delete from lifecycle_statuses where lifecycle_id = ${lifecycle!.id} and status_id = ${status!.id}`,
      ticket_type_lifecycles: `delete from ticket_type_lifecycles where namespace_id = ${namespaceId} and ticket_type = 'reviewed-request'`,
      status_mappings: `with migration as (insert into status_migrations (namespace_id, reason) values (${namespaceId}, 'by hand') returning id)
        insert into status_mappings (namespace_id, from_status_id, to_status_id, created_at, migration_id, from_label)
        select ${namespaceId}, ${status!.id}, 1, now(), id, '{"id": ${status!.id}, "name": "Rejected", "category": "canceled"}' from migration`,
      'namespaces (its catalog settings)': `update namespaces set uses_custom_statuses = not uses_custom_statuses where id = ${namespaceId}`,
    };
    const moved: Record<string, boolean> = {};
    // In one transaction rolled back at the end: the namespace is left as it was for the other tests.
    await db.begin();
    try {
      for (const [table, change] of Object.entries(changes)) {
        const before = await catalogVersion(db);
        await db.execute(change);
        moved[table] = (await catalogVersion(db)) > before;
      }
      // A change to what no catalog reads leaves it alone.
      const before = await catalogVersion(db);
      await db.execute(`update namespaces set name = name where id = ${namespaceId}`);
      moved['namespaces (its name)'] = (await catalogVersion(db)) > before;
    } finally {
      await db.rollback();
    }
    expect(moved).toEqual({
      custom_statuses: true,
      lifecycles: true,
      lifecycle_statuses: true,
      ticket_type_lifecycles: true,
      status_mappings: true,
      'namespaces (its catalog settings)': true,
      'namespaces (its name)': false,
    });
  });
});

describe('a change after a catalog change', () => {
  // The type's transitions name statuses: from a status they do not name, any move is allowed.
  it('runs on the new catalog even when another process made the change (here: by hand, in SQL)', async () => {
    const ticket = await reviewedTicket();
    expect(await lastMove(ticket.id)).toEqual({ from: 'Requested', to: 'Under review' });
    await rename(em(), 'Under review', 'Being reviewed');
    try {
      await ana.tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: 2, statusId: ticket.status('Applied') });
      expect(await lastMove(ticket.id)).toEqual({ from: 'Being reviewed', to: 'Applied' });
    } finally {
      await rename(em(), 'Being reviewed', 'Under review');
    }
  });

  it.skipIf(ON_PGLITE)('waits for a catalog change in flight, then runs on what it committed', async () => {
    const ticket = await reviewedTicket();
    const catalogChange = em();
    await catalogChange.begin();
    await StatusCatalog.lock(catalogChange, namespaceId, 'change');
    await rename(catalogChange, 'Under review', 'Held back');
    const move = ana.tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: 2, statusId: ticket.status('Requested') });
    try {
      // The move waits for the catalog lock (an advisory lock not granted yet), not for any time.
      for (;;) {
        const [waiting] = await em().execute<{ n: number }[]>(
          `select count(*)::int as n from pg_locks where locktype = 'advisory' and mode = 'ShareLock' and objsubid = 2 and objid = ? and not granted`,
          [namespaceId],
        );
        if (waiting!.n > 0) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      await catalogChange.commit();
    } catch (error) {
      await catalogChange.rollback();
      throw error;
    }
    try {
      await move;
      // Had the move read the catalog's version in the statement that waited, its snapshot would
      // predate the commit: it would have run on the cached catalog, from 'Under review'.
      expect(await lastMove(ticket.id)).toEqual({ from: 'Held back', to: 'Requested' });
    } finally {
      await rename(em(), 'Held back', 'Under review');
    }
  });
});
