import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Lifecycle,
  resolveLifecycle,
  type ResolvedLifecycle,
  type Status,
  SYSTEM_RESOLVED_LIFECYCLE,
  SYSTEM_STATUSES,
} from '@tickets/domain';

interface StatusRow {
  id: number;
  name: string;
  color: string;
  description: string | null;
  category: Status['category'];
  position: number;
  system_origin: number | null;
}

interface LifecycleRow {
  id: number;
  name: string;
  default_open_status_id: number;
  default_closed_status_id: number;
  default_duplicate_status_id: number;
  status_ids: number[];
  ticket_types: string[];
}

/**
 * Every status and lifecycle of a namespace, loaded in two queries, so a request can name any
 * ticket's status and find any type's lifecycle without asking the database again.
 */
export class StatusCatalog {
  private readonly byId: Map<number, Status>;
  private readonly resolved = new Map<number, ResolvedLifecycle>();

  constructor(
    readonly statuses: readonly Status[],
    readonly lifecycles: readonly Lifecycle[],
    private readonly lifecycleOfType: ReadonlyMap<string, number>,
  ) {
    this.byId = new Map(statuses.map((status) => [status.id, status]));
  }

  status(id: number): Status | undefined {
    return this.byId.get(id);
  }

  /** The lifecycle tickets of this type follow: the one attached in the namespace, else the system one. */
  lifecycleFor(type: string): ResolvedLifecycle {
    const id = this.lifecycleOfType.get(type);
    if (id === undefined) return SYSTEM_RESOLVED_LIFECYCLE;
    let lifecycle = this.resolved.get(id);
    if (!lifecycle) {
      const stored = this.lifecycles.find((l) => l.id === id);
      if (!stored) return SYSTEM_RESOLVED_LIFECYCLE;
      lifecycle = resolveLifecycle(stored, this.statuses);
      this.resolved.set(id, lifecycle);
    }
    return lifecycle;
  }

  hasTypeLifecycle(type: string): boolean {
    return this.lifecycleOfType.has(type);
  }

  static async load(em: EntityManager, namespaceId: number): Promise<StatusCatalog> {
    const custom = await em.execute<(StatusRow & { uses_custom: boolean })[]>(
      `select n.uses_custom_statuses as uses_custom, s.id, s.name, s.color, s.description, s.category, s.position, s.system_origin
         from namespaces n left join custom_statuses s on s.namespace_id = n.id
        where n.id = ?`,
      [namespaceId],
    );
    const usesCustom = custom[0]?.uses_custom ?? false;
    const statuses: Status[] = custom
      .filter((row) => row.id !== null)
      .map((row) => ({
        id: row.id,
        name: row.name,
        color: row.color,
        description: row.description,
        category: row.category,
        position: row.position,
        systemOrigin: row.system_origin,
      }));
    // System-defined statuses exist in every namespace until it converts to custom statuses.
    if (!usesCustom) statuses.unshift(...SYSTEM_STATUSES);

    const rows = await em.execute<LifecycleRow[]>(
      `select l.id, l.name, l.default_open_status_id, l.default_closed_status_id, l.default_duplicate_status_id,
              coalesce((select array_agg(ls.status_id order by ls.status_id) from lifecycle_statuses ls where ls.lifecycle_id = l.id), '{}') as status_ids,
              coalesce((select array_agg(t.ticket_type) from ticket_type_lifecycles t where t.lifecycle_id = l.id), '{}') as ticket_types
         from lifecycles l
        where l.namespace_id = ?`,
      [namespaceId],
    );
    const lifecycles: Lifecycle[] = rows.map((row) => ({
      id: row.id,
      name: row.name,
      statusIds: row.status_ids,
      defaults: { open: row.default_open_status_id, closed: row.default_closed_status_id, duplicate: row.default_duplicate_status_id },
    }));
    const lifecycleOfType = new Map<string, number>();
    for (const row of rows) for (const type of row.ticket_types) lifecycleOfType.set(type, row.id);
    return new StatusCatalog(statuses, lifecycles, lifecycleOfType);
  }
}
