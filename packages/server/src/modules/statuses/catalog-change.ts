import type { EntityManager } from '@mikro-orm/postgresql';
import { assertNamespaceAdmin, SYSTEM_LIFECYCLE_ID } from '@tickets/domain';
import type { AuthedContext } from '../../request/authed-context.js';
import { type NewMigration, createStatusMigration } from '../status-migrations/migration-store.js';
import { loadMigrationViews } from '../status-migrations/migration-view.js';
import type { StatusMigrationView } from './status-settings-schemas.js';
import { convertToCustomStatuses } from './convert-to-custom.js';
import { StatusCatalog } from './status-catalog.js';

/** What a change to a namespace's statuses or lifecycles works with, inside its transaction. */
export class CatalogChange {
  /** Migrations this change started; the background job is asked to run once it commits. */
  readonly migrationIds: number[] = [];
  convertedToCustom = false;

  constructor(
    readonly tx: EntityManager,
    readonly namespaceId: number,
    public catalog: StatusCatalog,
  ) {}

  /**
   * Converts the namespace to custom statuses first when it still uses the system-defined ones:
   * system statuses are shared by every namespace and never edited in place.
   */
  async ensureCustomStatuses(): Promise<StatusCatalog> {
    if (this.catalog.settings.usesCustomStatuses) return this.catalog;
    const conversion = await convertToCustomStatuses(this.tx, this.namespaceId, this.catalog);
    this.catalog = conversion.catalog;
    this.migrationIds.push(conversion.migrationId);
    this.convertedToCustom = true;
    return this.catalog;
  }

  /** A status id as the caller named it: once the namespace has converted, a system status's id names its copy. */
  statusId(id: number): number {
    return this.catalog.statusIdAsNamed(id);
  }

  /** A lifecycle id as the caller named it, after a conversion: the system lifecycle's id names the namespace's copy. */
  lifecycleId(id: number): number {
    return id === SYSTEM_LIFECYCLE_ID && this.catalog.settings.defaultLifecycleId !== null ? this.catalog.settings.defaultLifecycleId : id;
  }

  /** Records a migration of the tickets this change moves; reads resolve it from the commit on. */
  async startMigration(migration: Omit<NewMigration, 'namespaceId'>): Promise<number> {
    const id = await createStatusMigration(this.tx, this.catalog, { ...migration, namespaceId: this.namespaceId });
    this.migrationIds.push(id);
    return id;
  }

  /** What every change answers besides its own result: whether it converted, and the migrations it started. */
  async outcome(): Promise<{ convertedToCustom: boolean; migrations: StatusMigrationView[] }> {
    return { convertedToCustom: this.convertedToCustom, migrations: await loadMigrationViews(this.tx, this.namespaceId, { ids: this.migrationIds }) };
  }

  async reload(): Promise<StatusCatalog> {
    this.catalog = await StatusCatalog.load(this.tx, this.namespaceId);
    return this.catalog;
  }
}

/**
 * Runs one change to the namespace's statuses or lifecycles: only a namespace admin may; in one
 * transaction that holds the namespace's catalog lock alone (ticket changes in flight finish first,
 * later ones see the new catalog). Once it commits, the background job is asked to carry out the
 * migrations it started; should that fail, the next start of the API picks them up.
 */
export async function runCatalogChange<T>(ctx: AuthedContext, what: string, work: (change: CatalogChange) => Promise<T>): Promise<T> {
  assertNamespaceAdmin(ctx.viewer, what);
  const namespaceId = ctx.services.namespace.id;
  const { result, migrationIds } = await ctx.em.transactional(async (tx) => {
    const change = new CatalogChange(tx, namespaceId, await StatusCatalog.loadLocked(tx, namespaceId, 'change'));
    const result = await work(change);
    return { result, migrationIds: change.migrationIds };
  });
  if (migrationIds.length > 0) {
    try {
      await ctx.services.statusMigrations.enqueue(namespaceId);
    } catch (error) {
      ctx.log.warn({ err: error, migrationIds }, 'could not queue the status migration job; it runs at the next start');
    }
  }
  return result;
}
