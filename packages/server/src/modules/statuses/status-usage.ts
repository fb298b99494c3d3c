import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { visibleToViewer } from '../tickets/visibility-sql.js';
import type { StatusCatalog } from './status-catalog.js';

const UsageRow = TicketRow.pick({ status_id: true, type: true }).extend({ tickets: z.number() });

/**
 * How many tickets are on each status as users see them (pending mappings followed), by the
 * lifecycle they follow. One grouped query over the namespace's tickets; the mappings are resolved
 * in memory.
 */
export class StatusUsage {
  private constructor(private readonly counts: ReadonlyMap<string, number>) {}

  /** Tickets on the status; within one lifecycle, or in the whole namespace. */
  count(statusId: number, lifecycleId?: number): number {
    if (lifecycleId !== undefined) return this.counts.get(`${lifecycleId}:${statusId}`) ?? 0;
    let total = 0;
    for (const [key, count] of this.counts) if (key.endsWith(`:${statusId}`)) total += count;
    return total;
  }

  /** Tickets on the status: in all, and by the lifecycle they follow (what a removal plan weighs). */
  onStatus(statusId: number): { total: number; byLifecycle: Map<number, number> } {
    const byLifecycle = new Map<number, number>();
    for (const [key, count] of this.counts) {
      const [lifecycleId, onStatus] = key.split(':').map(Number);
      if (onStatus === statusId) byLifecycle.set(lifecycleId!, count);
    }
    return { total: this.count(statusId), byLifecycle };
  }

  /** Tickets that follow the lifecycle, on any status. */
  ticketsOf(lifecycleId: number): number {
    let total = 0;
    for (const [key, count] of this.counts) if (key.startsWith(`${lifecycleId}:`)) total += count;
    return total;
  }

  /**
   * Without `seenBy`, every ticket of the namespace: what the rules of a change need (a status in
   * use cannot go without a mapping, whoever asks). With it, only the tickets that viewer may see:
   * what a count shown to a person may say (a site admin sees them all).
   */
  static async load(em: EntityManager, catalog: StatusCatalog, namespaceId: number, seenBy?: Viewer): Promise<StatusUsage> {
    const visible = seenBy ? visibleToViewer(seenBy, 't') : sql`true`;
    const rows = await sqlOf(em).rows(
      sql`select t.status_id, t.type, count(*)::int as tickets from tickets t where t.namespace_id = ${namespaceId} and ${visible} group by t.status_id, t.type`,
      UsageRow,
    );
    const counts = new Map<string, number>();
    for (const row of rows) {
      const lifecycleId = catalog.lifecycleIdOf(row.type);
      const key = `${lifecycleId}:${catalog.effectiveStatusId(row.status_id, row.type)}`;
      counts.set(key, (counts.get(key) ?? 0) + row.tickets);
    }
    return new StatusUsage(counts);
  }
}
