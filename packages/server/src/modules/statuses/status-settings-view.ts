import { canAdministerNamespace, canFollowStatusMigrations, isSystemStatusId, type Lifecycle, sortStatuses, type Status, SYSTEM_LIFECYCLE } from '@tickets/domain';
import type { AuthedContext } from '../../request/authed-context.js';
import { loadMigrationViews } from '../status-migrations/migration-view.js';
import type { StatusCatalog } from './status-catalog.js';
import type { NamespaceLifecycle, NamespaceStatus, StatusSettings } from './status-settings-schemas.js';
import { StatusUsage } from './status-usage.js';
import { statusView } from './status-view.js';
import { readerWords } from '../ticket-types/reader-words.js';

export function namespaceStatusView(status: Status, catalog: StatusCatalog): NamespaceStatus {
  return {
    ...statusView(status),
    position: status.position,
    systemOrigin: status.systemOrigin,
    systemDefined: isSystemStatusId(status.id) && !catalog.settings.usesCustomStatuses,
  };
}

export function namespaceLifecycleView(lifecycle: Lifecycle, catalog: StatusCatalog): NamespaceLifecycle {
  const resolved = catalog.lifecycleById(lifecycle.id);
  return {
    id: lifecycle.id,
    name: lifecycle.name,
    statusIds: resolved ? resolved.statuses.map((s) => s.id) : lifecycle.statusIds,
    defaults: lifecycle.defaults,
    ticketTypes: catalog.typesAttachedTo(lifecycle.id),
    isDefault: lifecycle.id === catalog.defaultLifecycleId(),
    stored: catalog.lifecycles.some((l) => l.id === lifecycle.id),
  };
}

/** Every lifecycle of the namespace, the system one first while it is in use. */
export function namespaceLifecycles(catalog: StatusCatalog): Lifecycle[] {
  return catalog.settings.usesCustomStatuses ? [...catalog.lifecycles] : [SYSTEM_LIFECYCLE, ...catalog.lifecycles];
}

/**
 * The namespace's statuses (lifecycle order) with how many tickets use each, its lifecycles with
 * their types, the types this deployment serves, and the migrations still running: what a
 * settings page needs, in a fixed number of queries.
 */
export async function loadStatusSettings(ctx: AuthedContext, catalog: StatusCatalog): Promise<StatusSettings> {
  const namespaceId = ctx.services.namespace.id;
  // Counts never reveal tickets the viewer may not see; a migration's totals count every ticket
  // it moves, so its progress is only for those who see them all (see migrations.get).
  const mayFollowMigrations = canFollowStatusMigrations(ctx.viewer);
  const [usage, migrations] = await Promise.all([
    StatusUsage.load(ctx.em, catalog, namespaceId, ctx.viewer),
    mayFollowMigrations ? loadMigrationViews(ctx.em, namespaceId, { unfinished: true }) : [],
  ]);
  const lifecycles = namespaceLifecycles(catalog);
  const statuses = sortStatuses(catalog.statuses);
  const words = readerWords(ctx);
  return {
    usesCustomStatuses: catalog.settings.usesCustomStatuses,
    canAdminister: canAdministerNamespace(ctx.viewer),
    statuses: statuses.map((status) => ({
      ...namespaceStatusView(status, catalog),
      tickets: usage.count(status.id),
      lifecycleIds: lifecycles.filter((l) => l.statusIds.includes(status.id)).map((l) => l.id),
    })),
    lifecycles: lifecycles.map((lifecycle) => ({ ...namespaceLifecycleView(lifecycle, catalog), tickets: usage.ticketsOf(lifecycle.id) })),
    ticketTypes: ctx.services.ticketTypes.all.map((type) => ({ type: type.type, title: words.typeTitle(type.type), lifecycleId: catalog.lifecycleIdOf(type.type) })),
    migrations,
  };
}
