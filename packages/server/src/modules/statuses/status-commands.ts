import {
  assertCategoryMoveKeepsState,
  categoryWord,
  DomainError,
  isSystemStatusId,
  type LifecycleDefaults,
  type NewStatusInput,
  planNewStatus,
  planStatusRemoval,
  planStatusUpdate,
  sortStatuses,
  stateOfCategory,
  type StatusPatch,
  SYSTEM_LIFECYCLE_ID,
  validateLifecycle,
  validateNamespaceLifecycles,
} from '@tickets/domain';
import type { AuthedContext } from '../../trpc/authed-context.js';
import { type CatalogChange, runCatalogChange } from './catalog-change.js';
import { replaceLifecycle } from './lifecycle-rows.js';
import type { StatusChangeResult, StatusRemovalResult, StatusReorderResult } from './status-settings-schemas.js';
import { namespaceLifecycles, namespaceLifecycleView, namespaceStatusView } from './status-settings-view.js';
import { deleteStatusRow, insertStatuses, storePositions, updateStatusRow } from './status-rows.js';
import { StatusUsage } from './status-usage.js';

function requireNamespaceStatus(change: CatalogChange, statusId: number) {
  const status = change.catalog.status(statusId);
  if (!status) throw new DomainError('not_found', 'status.not_found', `Status #${statusId} does not exist in this namespace.`, { statusId });
  return status;
}

/**
 * Adds a status to the namespace and, at their end, to the lifecycles named (none: it joins one
 * later through `lifecycles.update`). Adding to the system lifecycle converts the namespace first.
 */
export function createStatus(ctx: AuthedContext, input: NewStatusInput & { lifecycleIds?: readonly number[] | undefined }): Promise<StatusChangeResult> {
  return runCatalogChange(ctx, 'add statuses', async (change) => {
    const lifecycleIds = input.lifecycleIds ?? [];
    if (lifecycleIds.includes(SYSTEM_LIFECYCLE_ID)) await change.ensureCustomStatuses();
    const planned = planNewStatus(change.catalog.statuses, input);
    const [status] = await insertStatuses(change.tx, change.namespaceId, [planned]);
    await change.reload();
    if (lifecycleIds.length > 0) {
      const joined = [...new Set(lifecycleIds.map((id) => change.lifecycleId(id)))].map((id) => {
        const current = namespaceLifecycles(change.catalog).find((l) => l.id === id);
        if (!current) throw new DomainError('not_found', 'lifecycle.not_found', `Lifecycle #${id} does not exist in this namespace.`, { lifecycleId: id });
        return validateLifecycle({ ...current, statusIds: [...current.statusIds, status!.id] }, change.catalog.statuses);
      });
      validateNamespaceLifecycles(change.catalog.lifecycles.map((l) => joined.find((j) => j.id === l.id) ?? l));
      for (const lifecycle of joined) await replaceLifecycle(change.tx, change.namespaceId, lifecycle);
      await change.reload();
    }
    return { status: namespaceStatusView(status!, change.catalog), ...(await change.outcome()) };
  });
}

/**
 * Renames, recolours, describes or moves a status to another category. A system-defined status
 * converts the namespace first and its copy is changed. A move to a category of the other state is
 * refused while tickets are on the status (they would have to close or reopen).
 */
export function updateStatus(ctx: AuthedContext, statusId: number, patch: Omit<StatusPatch, 'position'>): Promise<StatusChangeResult> {
  return runCatalogChange(ctx, 'change statuses', async (change) => {
    if (isSystemStatusId(statusId)) await change.ensureCustomStatuses();
    const id = change.statusId(statusId);
    requireNamespaceStatus(change, id);
    const plan = planStatusUpdate(change.catalog.statuses, id, patch, change.catalog.lifecycles);
    if (plan.stateChange) {
      const usage = await StatusUsage.load(change.tx, change.catalog, change.namespaceId);
      assertCategoryMoveKeepsState(plan, usage.count(id));
    }
    await updateStatusRow(change.tx, plan.status);
    await change.reload();
    return { status: namespaceStatusView(plan.status, change.catalog), ...(await change.outcome()) };
  });
}

/** Puts the statuses of one category in the order given (all of that category's statuses). */
export function reorderStatuses(ctx: AuthedContext, statusIds: readonly number[]): Promise<StatusReorderResult> {
  return runCatalogChange(ctx, 'reorder statuses', async (change) => {
    if (statusIds.some(isSystemStatusId)) await change.ensureCustomStatuses();
    const ids = statusIds.map((id) => change.statusId(id));
    const statuses = ids.map((id) => requireNamespaceStatus(change, id));
    const category = statuses[0]!.category;
    const others = statuses.filter((s) => s.category !== category);
    if (others.length > 0) {
      throw new DomainError(
        'invalid',
        'status.reorder_mixed_categories',
        `Reorder the statuses of one category at a time: '${statuses[0]!.name}' is in ${categoryWord(category)}, but ${others.map((s) => `'${s.name}' is in ${categoryWord(s.category)}`).join(', ')}.`,
        { statusIds: ids },
      );
    }
    const missing = change.catalog.statuses.filter((s) => s.category === category && !ids.includes(s.id));
    if (missing.length > 0 || new Set(ids).size !== ids.length) {
      throw new DomainError(
        'invalid',
        'status.reorder_incomplete',
        `List every status of the category once, in the new order${missing.length > 0 ? `; missing: ${missing.map((s) => `'${s.name}'`).join(', ')}` : ''}.`,
        { statusIds: ids, missing: missing.map((s) => s.id) },
      );
    }
    await storePositions(change.tx, ids);
    await change.reload();
    const reordered = sortStatuses(change.catalog.statuses.filter((s) => s.category === category));
    return { statuses: reordered.map((s) => namespaceStatusView(s, change.catalog)), ...(await change.outcome()) };
  });
}

export interface StatusRemovalInput {
  statusId: number;
  /** Where the tickets on it go: a status of the same state in every lifecycle that holds it. */
  mapping?: number | undefined;
  /** New defaults for the lifecycles where it is a default the mapping cannot take. */
  newDefaults?: Partial<LifecycleDefaults> | undefined;
}

/**
 * Removes a status from the namespace and from every lifecycle that holds it. Tickets on it need a
 * mapping to a status of the same state; a default needs a successor. From the commit on, reads
 * show the mapped status; a background migration then rewrites the tickets and logs each move.
 */
export function removeStatus(ctx: AuthedContext, input: StatusRemovalInput): Promise<StatusRemovalResult> {
  return runCatalogChange(ctx, 'remove statuses', async (change) => {
    await change.ensureCustomStatuses();
    const id = change.statusId(input.statusId);
    const mapping = input.mapping === undefined ? undefined : change.statusId(input.mapping);
    const newDefaults = Object.fromEntries(Object.entries(input.newDefaults ?? {}).map(([role, statusId]) => [role, change.statusId(statusId)]));
    const removed = requireNamespaceStatus(change, id);
    const usage = await StatusUsage.load(change.tx, change.catalog, change.namespaceId);

    const holders = change.catalog.lifecycles.filter((l) => l.statusIds.includes(id));
    // A new default replaces the removed status only where it was that default: another lifecycle's
    // defaults are not this removal's business.
    const successorsIn = (lifecycle: { defaults: LifecycleDefaults }) =>
      Object.fromEntries(Object.entries(newDefaults).filter(([role]) => lifecycle.defaults[role as keyof LifecycleDefaults] === id));
    const plans = holders.map((lifecycle) =>
      planStatusRemoval({ lifecycle: change.catalog.lifecycleById(lifecycle.id)!, statusId: id, ticketsUsingIt: usage.count(id, lifecycle.id), mapping, newDefaults: successorsIn(lifecycle) }),
    );
    // Tickets on it whose lifecycle does not hold it (e.g. their type moved) need the mapping too.
    const elsewhere = usage.count(id) - holders.reduce((sum, l) => sum + usage.count(id, l.id), 0);
    if (elsewhere > 0 && mapping === undefined) {
      throw new DomainError('conflict', 'status_removal.in_use', `Cannot remove status '${removed.name}' because it is in use and no mapping is provided.`, {
        statusId: id,
        ticketsUsingIt: usage.count(id),
      });
    }
    if (mapping !== undefined && holders.length === 0) {
      const target = requireNamespaceStatus(change, mapping);
      if (target.id === id || stateOfCategory(target.category) !== stateOfCategory(removed.category)) {
        throw new DomainError('invalid', 'status_removal.mapping_state_mismatch', `Map status '${removed.name}' to another status of the same state (${stateOfCategory(removed.category)}).`, {
          statusId: id,
          mapping,
        });
      }
    }

    for (const plan of plans) await replaceLifecycle(change.tx, change.namespaceId, plan.lifecycle);
    await deleteStatusRow(change.tx, id);
    await change.reload();
    if (mapping !== undefined) {
      await change.startMigration({
        reason: `status '${removed.name}' was removed`,
        mappings: [{ lifecycleId: null, ticketType: null, from: id, to: mapping, fromLabel: { id, name: removed.name, category: removed.category } }],
      });
      await change.reload();
    }
    return {
      removedStatusId: id,
      lifecycles: holders.map((l) => namespaceLifecycleView(change.catalog.lifecycles.find((c) => c.id === l.id)!, change.catalog)),
      ...(await change.outcome()),
    };
  });
}
