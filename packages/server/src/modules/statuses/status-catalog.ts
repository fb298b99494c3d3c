import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  defaultLifecycleId,
  type Lifecycle,
  type LifecycleAttachments,
  lifecycleIdOfType,
  resolveLifecycle,
  type ResolvedLifecycle,
  type Status,
  type StatusLabel,
  statusIdAsNamed,
  statusMappingResolver,
  SYSTEM_LIFECYCLE_ID,
  SYSTEM_RESOLVED_LIFECYCLE,
  SYSTEM_STATUSES,
  typesAttachedTo,
} from '@tickets/domain';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { CustomStatusRow } from '../../db/rows/custom-statuses-row.js';
import { LifecycleRow } from '../../db/rows/lifecycles-row.js';
import { NamespaceRow } from '../../db/rows/namespaces-row.js';
import { StatusMappingRow } from '../../db/rows/status-mappings-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { catalogCacheOf } from './catalog-cache.js';

const NamespaceSettingsRow = NamespaceRow.pick({ uses_custom_statuses: true, default_lifecycle_id: true, catalog_version: true });
const CatalogVersionRow = NamespaceRow.pick({ catalog_version: true });

/**
 * The first key of the catalog lock (`pg_advisory_xact_lock(class, namespace id)`). Negative, so it is
 * never the (namespace id, type) lock `ensureTypeLifecycle` takes in the same two-key space.
 */
const CATALOG_LOCK_CLASS = -1_952_672_100;
const CatalogStatusRow = z.union([
  NamespaceSettingsRow.extend(CustomStatusRow.pick({ id: true, name: true, color: true, description: true, category: true, position: true, system_origin: true }).shape),
  // A namespace without custom statuses: the left join's one row of nulls.
  NamespaceSettingsRow.extend({ id: z.null() }),
]);
const CatalogLifecycleRow = LifecycleRow.pick({
  id: true,
  name: true,
  default_open_status_id: true,
  default_closed_status_id: true,
  default_duplicate_status_id: true,
}).extend({ status_ids: z.array(z.number()), ticket_types: z.array(z.string()) });
const MappingRow = StatusMappingRow.pick({
  id: true,
  migration_id: true,
  lifecycle_id: true,
  ticket_type: true,
  from_status_id: true,
  to_status_id: true,
  from_label: true,
});

/** A status removal not yet rewritten into the tickets: reads resolve it at once. */
export interface PendingMapping {
  id: number;
  migrationId: number;
  /** The lifecycle whose tickets it applies to; null for every lifecycle of the namespace. */
  lifecycleId: number | null;
  /** The ticket type whose tickets it applies to (a type moved to another lifecycle); null for every type. */
  ticketType: string | null;
  from: number;
  to: number;
  /** The removed status as it was named. */
  fromLabel: StatusLabel;
}

/**
 * A part of the namespace's tickets that pending mappings treat alike: the tickets of one type
 * (attached to a lifecycle, or named by a mapping), or of every other type (`type` null), which
 * follow the namespace's default lifecycle.
 */
export interface TicketPartition {
  type: string | null;
  lifecycleId: number;
}

export interface NamespaceSettings {
  usesCustomStatuses: boolean;
  /** The lifecycle of types attached to none; null while the namespace uses the system lifecycle. */
  defaultLifecycleId: number | null;
}

/**
 * Every status, lifecycle and pending status mapping of a namespace, loaded in three queries, so a
 * request can name any ticket's status, find any type's lifecycle and resolve removed statuses
 * without asking the database again.
 */
export class StatusCatalog {
  private readonly byId: Map<number, Status>;
  private readonly resolved = new Map<number, ResolvedLifecycle>();
  private readonly resolvers = new Map<string, (statusId: number) => number>();
  /** Which lifecycle each ticket type follows, as the domain's fallback rules read it. */
  readonly attachments: LifecycleAttachments;

  constructor(
    readonly statuses: readonly Status[],
    readonly lifecycles: readonly Lifecycle[],
    lifecycleOfType: ReadonlyMap<string, number>,
    readonly settings: NamespaceSettings = { usesCustomStatuses: false, defaultLifecycleId: null },
    readonly mappings: readonly PendingMapping[] = [],
    /** `namespaces.catalog_version` when it was loaded (0 for a catalog made in memory). */
    readonly version = 0,
  ) {
    this.byId = new Map(statuses.map((status) => [status.id, status]));
    this.attachments = { byType: lifecycleOfType, defaultLifecycleId: settings.defaultLifecycleId };
  }

  status(id: number): Status | undefined {
    return this.byId.get(id);
  }

  /**
   * The id of the status a caller means by `id`: every procedure that takes a status id reads it
   * through here first, because once the namespace has converted, a system id (1–5) names its copy.
   */
  statusIdAsNamed(id: number): number {
    return statusIdAsNamed(id, this.statuses);
  }

  /** The id of the lifecycle tickets of this type follow: attached, else the namespace's default, else the system one. */
  lifecycleIdOf(type: string): number {
    return lifecycleIdOfType(this.attachments, type);
  }

  /** The lifecycle tickets of this type follow. */
  lifecycleFor(type: string): ResolvedLifecycle {
    return this.lifecycleById(this.lifecycleIdOf(type)) ?? SYSTEM_RESOLVED_LIFECYCLE;
  }

  lifecycleById(id: number): ResolvedLifecycle | undefined {
    let lifecycle = this.resolved.get(id);
    if (!lifecycle) {
      const stored = this.lifecycles.find((l) => l.id === id);
      if (!stored) return id === SYSTEM_LIFECYCLE_ID && !this.settings.usesCustomStatuses ? SYSTEM_RESOLVED_LIFECYCLE : undefined;
      lifecycle = resolveLifecycle(stored, this.statuses);
      this.resolved.set(id, lifecycle);
    }
    return lifecycle;
  }

  hasTypeLifecycle(type: string): boolean {
    return this.attachments.byType.has(type);
  }

  /** The ticket types attached to a lifecycle (not those that follow it as the namespace's default). */
  typesAttachedTo(lifecycleId: number): string[] {
    return typesAttachedTo(this.attachments, lifecycleId);
  }

  /** Every type attached to some lifecycle. */
  attachedTypes(): string[] {
    return [...this.attachments.byType.keys()];
  }

  /** The default lifecycle's id: the stored one, or the system lifecycle's. */
  defaultLifecycleId(): number {
    return defaultLifecycleId(this.attachments);
  }

  /** The types named on their own: attached to a lifecycle, or named by a pending mapping. */
  listedTypes(): string[] {
    const named = this.mappings.flatMap((m) => (m.ticketType === null ? [] : [m.ticketType]));
    return [...new Set([...this.attachments.byType.keys(), ...named])];
  }

  /** The namespace's tickets in parts that pending mappings treat alike; see `TicketPartition`. */
  partitions(): TicketPartition[] {
    return [
      ...this.listedTypes().map((type) => ({ type, lifecycleId: this.lifecycleIdOf(type) })),
      { type: null, lifecycleId: this.defaultLifecycleId() },
    ];
  }

  /**
   * The status a ticket is on as users see it: its stored status with the pending mappings that
   * apply to it (its lifecycle's, its type's, the namespace's) followed: A→B, B→C gives C.
   */
  effectiveStatusId(statusId: number, type: string): number {
    if (this.mappings.length === 0) return statusId;
    return this.resolverFor({ type, lifecycleId: this.lifecycleIdOf(type) })(statusId);
  }

  /** Resolves a stored status for the tickets of one part of the namespace. */
  resolverFor(partition: TicketPartition): (statusId: number) => number {
    const key = `${partition.lifecycleId}|${partition.type ?? ''}`;
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      const applicable = this.mappings.filter(
        (m) => (m.lifecycleId === null || m.lifecycleId === partition.lifecycleId) && (m.ticketType === null || m.ticketType === partition.type),
      );
      resolver = statusMappingResolver(applicable.map((m) => ({ from: m.from, to: m.to })));
      this.resolvers.set(key, resolver);
    }
    return resolver;
  }

  /** A status as log entries name it, also for a removed status that pending mappings remember. */
  label(id: number): StatusLabel | undefined {
    const status = this.byId.get(id);
    if (status) return { id: status.id, name: status.name, category: status.category };
    return this.mappings.find((m) => m.from === id)?.fromLabel;
  }

  /**
   * Takes the namespace's catalog lock for the rest of the transaction: `use` (a ticket change or a
   * migration batch, which must not see a status disappear half-way) shares it; `change` (a status
   * or lifecycle change) takes it alone, so it waits for those in flight and they start again on the
   * new catalog. A transaction-level advisory lock, not a lock on the namespace row: every write
   * shares it, and a shared row lock on one hot row costs a MultiXact per write.
   *
   * It is a statement of its own on purpose: under READ COMMITTED a statement's snapshot is taken
   * before it waits for a lock, so only the statements after this one see what a `change` that held
   * the lock committed. Read the catalog (or its version) in a later statement.
   */
  static async lock(tx: EntityManager, namespaceId: number, mode: 'use' | 'change'): Promise<void> {
    await sqlOf(tx).run(
      mode === 'change'
        ? sql`select pg_advisory_xact_lock(${CATALOG_LOCK_CLASS}, ${namespaceId})`
        : sql`select pg_advisory_xact_lock_shared(${CATALOG_LOCK_CLASS}, ${namespaceId})`,
    );
  }

  /**
   * Loads the catalog for a transaction that depends on it, after taking the catalog lock (`lock`):
   * `use` reads the catalog's version and takes the catalog from this process's cache when it has
   * that version; `change` reads it afresh (the change is about to alter it).
   */
  static async loadLocked(tx: EntityManager, namespaceId: number, mode: 'use' | 'change'): Promise<StatusCatalog> {
    await StatusCatalog.lock(tx, namespaceId, mode);
    if (mode === 'change') return StatusCatalog.load(tx, namespaceId);
    return StatusCatalog.current(tx, namespaceId);
  }

  /**
   * The namespace's catalog as it is now: its version in one small query, the catalog from this
   * process's cache while that version holds. For a read that needs it before its own query (a
   * list's filters name statuses and categories), and for a write after the catalog lock.
   */
  static async current(em: EntityManager, namespaceId: number): Promise<StatusCatalog> {
    const { catalog_version: version } = await sqlOf(em).one(sql`select catalog_version from namespaces where id = ${namespaceId}`, CatalogVersionRow);
    return StatusCatalog.atVersion(em, namespaceId, version);
  }

  /**
   * The catalog at `version` (as a statement after the catalog lock read it): from this process's
   * cache, else loaded and kept. Call it before the transaction changes the catalog itself: what it
   * loads must be what is committed.
   */
  static async atVersion(tx: EntityManager, namespaceId: number, version: number): Promise<StatusCatalog> {
    const cache = catalogCacheOf(tx);
    const cached = cache.get(namespaceId, version);
    if (cached) return cached;
    const loaded = await StatusCatalog.load(tx, namespaceId);
    cache.keep(namespaceId, loaded.version, loaded);
    return loaded;
  }

  static async load(em: EntityManager, namespaceId: number): Promise<StatusCatalog> {
    // Three statements, one snapshot: outside a transaction each would see the database as it is
    // then, and a status removed and its migration finished between them would leave a catalog
    // labelled with the first one's version but missing what tickets of that version still name.
    // (Inside a transaction the catalog lock keeps the catalog still.)
    if (em.isInTransaction()) return StatusCatalog.read(em, namespaceId);
    return em.transactional((tx) => StatusCatalog.read(tx, namespaceId), { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true });
  }

  private static async read(em: EntityManager, namespaceId: number): Promise<StatusCatalog> {
    const db = sqlOf(em);
    const custom = await db.rows(
      sql`select n.uses_custom_statuses, n.default_lifecycle_id, n.catalog_version,
                 s.id, s.name, s.color, s.description, s.category, s.position, s.system_origin
            from namespaces n left join custom_statuses s on s.namespace_id = n.id
           where n.id = ${namespaceId}`,
      CatalogStatusRow,
    );
    const settings: NamespaceSettings = {
      usesCustomStatuses: custom[0]?.uses_custom_statuses ?? false,
      defaultLifecycleId: custom[0]?.default_lifecycle_id ?? null,
    };
    const statuses: Status[] = custom.flatMap((row) =>
      row.id === null
        ? []
        : [{ id: row.id, name: row.name, color: row.color, description: row.description, category: row.category, position: row.position, systemOrigin: row.system_origin }],
    );
    // System-defined statuses exist in every namespace until it converts to custom statuses.
    if (!settings.usesCustomStatuses) statuses.unshift(...SYSTEM_STATUSES);

    const rows = await db.rows(
      sql`select l.id, l.name, l.default_open_status_id, l.default_closed_status_id, l.default_duplicate_status_id,
                 coalesce((select array_agg(ls.status_id order by ls.status_id) from lifecycle_statuses ls where ls.lifecycle_id = l.id), '{}') as status_ids,
                 coalesce((select array_agg(t.ticket_type) from ticket_type_lifecycles t where t.lifecycle_id = l.id), '{}') as ticket_types
            from lifecycles l
           where l.namespace_id = ${namespaceId}
           order by l.id`,
      CatalogLifecycleRow,
    );
    const lifecycles: Lifecycle[] = rows.map((row) => ({
      id: row.id,
      name: row.name,
      statusIds: row.status_ids,
      defaults: { open: row.default_open_status_id, closed: row.default_closed_status_id, duplicate: row.default_duplicate_status_id },
    }));
    const lifecycleOfType = new Map<string, number>();
    for (const row of rows) for (const type of row.ticket_types) lifecycleOfType.set(type, row.id);

    const mappingRows = await db.rows(
      sql`select id, migration_id, lifecycle_id, ticket_type, from_status_id, to_status_id, from_label
            from status_mappings where namespace_id = ${namespaceId} and retired_at is null order by id`,
      MappingRow,
    );
    const mappings = mappingRows.map(
      (row): PendingMapping => ({
        id: row.id,
        migrationId: row.migration_id,
        lifecycleId: row.lifecycle_id,
        ticketType: row.ticket_type,
        from: row.from_status_id,
        to: row.to_status_id,
        fromLabel: row.from_label,
      }),
    );
    return new StatusCatalog(statuses, lifecycles, lifecycleOfType, settings, mappings, custom[0]?.catalog_version ?? 0);
  }
}
