import {
  DomainError,
  type Lifecycle,
  type LifecycleDefaults,
  planLifecycleDeletion,
  planStatusRemoval,
  resolveLifecycle,
  SYSTEM_LIFECYCLE_ID,
  userActor,
  validateLifecycle,
  validateNamespaceLifecycles,
} from '@tickets/domain';
import { sql } from '@tickets/sql';
import { sqlOf } from '../../db/sql-client.js';
import type { AuthedContext } from '../../request/authed-context.js';
import type { NewMapping } from '../status-migrations/migration-store.js';
import { type CatalogChange, runCatalogChange } from './catalog-change.js';
import { attachTypeRow, deleteLifecycleRows, detachTypeRow, nextLifecycleId, replaceLifecycle } from './lifecycle-rows.js';
import type { AttachmentResult, LifecycleChangeResult } from './status-settings-schemas.js';
import { namespaceLifecycles, namespaceLifecycleView } from './status-settings-view.js';
import { StatusUsage } from './status-usage.js';
import { moveTypeTickets } from './type-lifecycle-move.js';

function requireLifecycle(change: CatalogChange, lifecycleId: number): Lifecycle {
  const lifecycle = namespaceLifecycles(change.catalog).find((l) => l.id === lifecycleId);
  if (!lifecycle) {
    throw new DomainError('not_found', 'lifecycle.not_found', `Lifecycle #${lifecycleId} does not exist in this namespace.`, { lifecycleId });
  }
  return lifecycle;
}

function lifecycleResult(change: CatalogChange, lifecycleId: number) {
  return namespaceLifecycleView(requireLifecycle(change, lifecycleId), change.catalog);
}

export interface NewLifecycleInput {
  name: string;
  statusIds: readonly number[];
  defaults: LifecycleDefaults;
}

/**
 * Creates a lifecycle from statuses of the namespace, with its three defaults. Once the namespace
 * has converted, a system status's id names its copy, as in every other change.
 */
export function createLifecycle(ctx: AuthedContext, input: NewLifecycleInput): Promise<LifecycleChangeResult> {
  return runCatalogChange(ctx, 'create lifecycles', async (change) => {
    const id = await nextLifecycleId(change.tx);
    const statusIds = input.statusIds.map((statusId) => change.statusId(statusId));
    const { open, closed, duplicate } = input.defaults;
    const defaults = { open: change.statusId(open), closed: change.statusId(closed), duplicate: change.statusId(duplicate) };
    const lifecycle = validateLifecycle({ id, name: input.name, statusIds, defaults }, change.catalog.statuses);
    validateNamespaceLifecycles([...change.catalog.lifecycles, lifecycle]);
    await replaceLifecycle(change.tx, change.namespaceId, lifecycle, { insert: true });
    await change.reload();
    return { lifecycle: lifecycleResult(change, id), ...(await change.outcome()) };
  });
}

export interface LifecycleUpdateInput {
  lifecycleId: number;
  name?: string | undefined;
  /** The lifecycle's statuses from now on (all of them). */
  statusIds?: readonly number[] | undefined;
  defaults?: Partial<LifecycleDefaults> | undefined;
  /** Where tickets on a status taken out of the lifecycle go. */
  mappings?: readonly { from: number; to: number }[] | undefined;
}

/**
 * Renames a lifecycle, changes its statuses or its defaults. A status taken out that tickets of
 * the lifecycle are on needs a mapping to a status of the same state that stays; reads show the
 * mapped status at once and a migration rewrites the tickets. Editing the system lifecycle
 * converts the namespace to custom statuses first (and edits its copy).
 */
export function updateLifecycle(ctx: AuthedContext, input: LifecycleUpdateInput): Promise<LifecycleChangeResult> {
  return runCatalogChange(ctx, 'change lifecycles', async (change) => {
    if (input.lifecycleId === SYSTEM_LIFECYCLE_ID) await change.ensureCustomStatuses();
    const current = requireLifecycle(change, change.lifecycleId(input.lifecycleId));
    const mapped = (ids: readonly number[]) => ids.map((id) => change.statusId(id));
    const statusIds = input.statusIds ? mapped(input.statusIds) : current.statusIds;
    const defaults = { ...current.defaults };
    for (const [role, id] of Object.entries(input.defaults ?? {}) as [keyof LifecycleDefaults, number][]) defaults[role] = change.statusId(id);
    const next = validateLifecycle({ id: current.id, name: input.name ?? current.name, statusIds, defaults }, change.catalog.statuses);
    validateNamespaceLifecycles(change.catalog.lifecycles.map((l) => (l.id === next.id ? next : l)));

    // Each status taken out: checked like a removal, against the lifecycle as it will be plus the status.
    const removed = current.statusIds.filter((id) => !next.statusIds.includes(id));
    const mappings: NewMapping[] = [];
    if (removed.length > 0) {
      const usage = await StatusUsage.load(change.tx, change.catalog, change.namespaceId);
      for (const statusId of removed) {
        const status = change.catalog.status(statusId);
        const to = input.mappings?.find((m) => change.statusId(m.from) === statusId)?.to;
        const target = to === undefined ? undefined : change.statusId(to);
        const withIt = resolveLifecycle({ ...next, statusIds: [...next.statusIds, statusId] }, change.catalog.statuses);
        planStatusRemoval({ lifecycle: withIt, statusId, ticketsUsingIt: usage.count(statusId, current.id), mapping: target, newDefaults: next.defaults });
        if (target !== undefined && status) {
          mappings.push({ lifecycleId: current.id, ticketType: null, from: statusId, to: target, fromLabel: { id: status.id, name: status.name, category: status.category } });
        }
      }
    }
    await replaceLifecycle(change.tx, change.namespaceId, next);
    await change.reload();
    if (mappings.length > 0) {
      await change.startMigration({
        why: { kind: 'statuses_removed', statuses: mappings.map((m) => m.fromLabel.name), lifecycle: next.name },
        mappings,
      });
      await change.reload();
    }
    return { lifecycle: lifecycleResult(change, next.id), ...(await change.outcome()) };
  });
}

/** Deletes a lifecycle no ticket type follows. */
export function deleteLifecycle(ctx: AuthedContext, lifecycleId: number): Promise<{ deletedLifecycleId: number }> {
  return runCatalogChange(ctx, 'delete lifecycles', async (change) => {
    const lifecycle = requireLifecycle(change, lifecycleId);
    const plan = planLifecycleDeletion(lifecycle, change.catalog.attachments);
    await deleteLifecycleRows(change.tx, plan.deleted);
    return { deletedLifecycleId: plan.deleted };
  });
}

/**
 * Makes a ticket type follow another lifecycle. Its tickets keep their state and move, in the same
 * transaction, to their status in it (same name and state, else same category — "Duplicate" only
 * for a duplicate — else the default for the state), each change logged with the admin as actor:
 * see `moveTypeTickets`. No migration is needed, so none is started.
 */
export function attachTicketType(ctx: AuthedContext, ticketType: string, lifecycleId: number): Promise<AttachmentResult> {
  return runCatalogChange(ctx, 'attach ticket types to lifecycles', async (change) => {
    if (!ctx.services.ticketTypes.find(ticketType)) {
      const known = ctx.services.ticketTypes.all.map((t) => `'${t.type}'`).join(', ') || 'none';
      throw new DomainError('not_found', 'ticket_type.unknown', `Ticket type '${ticketType}' is not served here. Known types: ${known}.`, { ticketType });
    }
    const targetId = change.lifecycleId(lifecycleId);
    const target = requireLifecycle(change, targetId);
    const before = change.catalog;
    if (before.lifecycleIdOf(ticketType) === target.id) return { ticketType, lifecycle: lifecycleResult(change, target.id), ...(await change.outcome()) };

    // Mappings earlier moves of this type left pending: the tickets are moved from the status they
    // show (`before` still resolves these) straight to their new one below.
    await sqlOf(change.tx).run(
      sql`update status_mappings set retired_at = now() where namespace_id = ${change.namespaceId} and ticket_type = ${ticketType} and retired_at is null`,
    );
    if (target.id === before.defaultLifecycleId() && !before.lifecycles.some((l) => l.id === target.id)) {
      await detachTypeRow(change.tx, change.namespaceId, ticketType);
    } else {
      await attachTypeRow(change.tx, change.namespaceId, ticketType, target.id);
    }
    const after = await change.reload();
    await moveTypeTickets(change.tx, { namespaceId: change.namespaceId, ticketType, before, after, actor: userActor(ctx.viewer) });
    return { ticketType, lifecycle: lifecycleResult(change, target.id), ...(await change.outcome()) };
  });
}
