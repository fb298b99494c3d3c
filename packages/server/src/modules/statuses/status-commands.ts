import {
  assertCategoryMoveKeepsState,
  DomainError,
  isSystemStatusId,
  type LifecycleDefaults,
  type NewStatusInput,
  planNamespaceStatusRemoval,
  planNewStatus,
  planStatusReorder,
  planStatusUpdate,
  type StatusPatch,
  SYSTEM_LIFECYCLE_ID,
  validateLifecycle,
  validateNamespaceLifecycles,
} from '@tickets/domain';
import type { AuthedContext } from '../../request/authed-context.js';
import { runCatalogChange } from './catalog-change.js';
import { replaceLifecycle } from './lifecycle-rows.js';
import type { StatusChangeResult, StatusRemovalResult, StatusReorderResult } from './status-settings-schemas.js';
import { namespaceLifecycles, namespaceLifecycleView, namespaceStatusView } from './status-settings-view.js';
import { deleteStatusRow, insertStatuses, storePositions, updateStatusRow } from './status-rows.js';
import { StatusUsage } from './status-usage.js';

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
    const plan = planStatusReorder(change.catalog.statuses, statusIds.map((id) => change.statusId(id)));
    await storePositions(change.tx, plan.statuses.map((s) => s.id));
    await change.reload();
    return { statuses: plan.statuses.map((s) => namespaceStatusView(s, change.catalog)), ...(await change.outcome()) };
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
    const usage = await StatusUsage.load(change.tx, change.catalog, change.namespaceId);
    const plan = planNamespaceStatusRemoval({
      statuses: change.catalog.statuses,
      lifecycles: change.catalog.lifecycles,
      statusId: id,
      ticketsUsingIt: usage.onStatus(id),
      mapping,
      newDefaults,
    });
    const { removed } = plan;
    for (const lifecycle of plan.lifecycles) await replaceLifecycle(change.tx, change.namespaceId, lifecycle);
    await deleteStatusRow(change.tx, id);
    await change.reload();
    if (plan.mapping) {
      await change.startMigration({
        why: { kind: 'statuses_removed', statuses: [removed.name], lifecycle: null },
        mappings: [{ lifecycleId: null, ticketType: null, ...plan.mapping, fromLabel: { id, name: removed.name, category: removed.category } }],
      });
      await change.reload();
    }
    return {
      removedStatusId: id,
      lifecycles: plan.lifecycles.map((l) => namespaceLifecycleView(change.catalog.lifecycles.find((c) => c.id === l.id)!, change.catalog)),
      ...(await change.outcome()),
    };
  });
}
