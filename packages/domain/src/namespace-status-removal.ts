import { DefaultRole } from './categories.js';
import { DomainError } from './errors.js';
import { type Lifecycle, type LifecycleDefaults, type LifecycleId, resolveLifecycle } from './lifecycle.js';
import { requireNamespaceStatus, statusNotFound } from './namespace-statuses.js';
import { type Status, type StatusId, sortStatuses } from './statuses.js';
import { mappingTarget } from './status-mapping-target.js';
import { planStatusRemoval, type StatusMapping } from './status-removal.js';

export interface NamespaceStatusRemovalRequest {
  /** The namespace's statuses. */
  readonly statuses: readonly Status[];
  /** The namespace's stored lifecycles. */
  readonly lifecycles: readonly Lifecycle[];
  readonly statusId: StatusId;
  /**
   * How many tickets are (effectively, after pending mappings) on the status: in all, and among
   * those that follow each lifecycle.
   */
  readonly ticketsUsingIt: { readonly total: number; readonly byLifecycle: ReadonlyMap<LifecycleId, number> };
  /** The status those tickets move to. */
  readonly mapping?: StatusId | undefined;
  /** Defaults to take over from the removed status, in the lifecycles where it held that role. */
  readonly newDefaults?: Partial<LifecycleDefaults> | undefined;
}

export interface NamespaceStatusRemovalPlan {
  readonly removed: Status;
  readonly mapping: StatusMapping | null;
  /** Every lifecycle that held the status, as stored after the removal. */
  readonly lifecycles: readonly Lifecycle[];
}

/**
 * Checks removing a status from the namespace: from every lifecycle that holds it, each checked
 * like `planStatusRemoval`, and from tickets no such lifecycle explains (their type moved to
 * another lifecycle): those need the mapping too, to a status of the same state.
 */
export function planNamespaceStatusRemoval(request: NamespaceStatusRemovalRequest): NamespaceStatusRemovalPlan {
  const { statuses, statusId, mapping, ticketsUsingIt } = request;
  const removed = requireNamespaceStatus(statuses, statusId);
  const holders = request.lifecycles.filter((lifecycle) => lifecycle.statusIds.includes(statusId));
  const plans = holders.map((lifecycle) =>
    planStatusRemoval({
      lifecycle: resolveLifecycle(lifecycle, statuses),
      statusId,
      ticketsUsingIt: ticketsUsingIt.byLifecycle.get(lifecycle.id) ?? 0,
      mapping,
      newDefaults: successorsIn(lifecycle, statusId, request.newDefaults ?? {}),
    }),
  );

  const elsewhere = ticketsUsingIt.total - holders.reduce((sum, lifecycle) => sum + (ticketsUsingIt.byLifecycle.get(lifecycle.id) ?? 0), 0);
  if (elsewhere > 0 && mapping === undefined) {
    throw new DomainError('conflict', 'status_removal.in_use', `Cannot remove status '${removed.name}' because it is in use and no mapping is provided.`, {
      statusId,
      ticketsUsingIt: ticketsUsingIt.total,
      name: removed.name,
      scope: 'namespace',
    });
  }
  // With holders, each lifecycle's plan has checked the mapping against its own statuses.
  if (mapping !== undefined && holders.length === 0) {
    mappingTarget({ statuses: sortStatuses(statuses), details: {}, outside: statusNotFound }, removed, mapping);
  }
  return {
    removed,
    mapping: mapping === undefined ? null : { from: statusId, to: mapping },
    lifecycles: plans.map((plan) => plan.lifecycle),
  };
}

/**
 * The new defaults that concern one lifecycle: a chosen default replaces the removed status only
 * where it held that role; another lifecycle's defaults are not this removal's business.
 */
function successorsIn(lifecycle: Lifecycle, statusId: StatusId, newDefaults: Partial<LifecycleDefaults>): Partial<LifecycleDefaults> {
  const concerned: Partial<LifecycleDefaults> = {};
  for (const role of DefaultRole.options) {
    const chosen = newDefaults[role];
    if (chosen !== undefined && lifecycle.defaults[role] === statusId) concerned[role] = chosen;
  }
  return concerned;
}
