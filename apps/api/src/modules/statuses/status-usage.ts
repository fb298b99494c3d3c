import type { EntityManager } from '@mikro-orm/postgresql';
import type { StatusCatalog } from './status-catalog.js';

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

  /** Tickets that follow the lifecycle, on any status. */
  ticketsOf(lifecycleId: number): number {
    let total = 0;
    for (const [key, count] of this.counts) if (key.startsWith(`${lifecycleId}:`)) total += count;
    return total;
  }

  static async load(em: EntityManager, catalog: StatusCatalog, namespaceId: number): Promise<StatusUsage> {
    const rows = await em.execute<{ status_id: number; type: string; tickets: number }[]>(
      `select status_id, type, count(*)::int as tickets from tickets where namespace_id = ? group by status_id, type`,
      [namespaceId],
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
