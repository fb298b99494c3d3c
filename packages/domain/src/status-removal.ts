import { z } from 'zod';
import { categoryMayBeDefaultFor, DefaultRole } from './categories.js';
import { DomainError } from './errors.js';
import { type Lifecycle, type LifecycleDefaults, requireStatus, type ResolvedLifecycle } from './lifecycle.js';
import { lifecycleProblems } from './lifecycle-rules.js';
import { type Status, StatusId, stateOfStatus } from './statuses.js';
import { type MappingScope, mappingTarget } from './status-mapping-target.js';
import { categoriesAllowedFor, defaultRoleWord } from './status-wording.js';

/**
 * Tickets on `from` are to be read as being on `to`. A mapping is pending until the background job
 * has rewritten every ticket of the lifecycle it belongs to; then it retires.
 */
export const StatusMapping = z.object({ from: StatusId, to: StatusId });
export type StatusMapping = z.infer<typeof StatusMapping>;

export interface StatusRemovalRequest {
  readonly lifecycle: ResolvedLifecycle;
  readonly statusId: StatusId;
  /** How many of the lifecycle's tickets are (effectively, after pending mappings) on the status. */
  readonly ticketsUsingIt: number;
  /** The status those tickets move to. */
  readonly mapping?: StatusId;
  /** Defaults to change along with the removal; required for a default the mapping target cannot take. */
  readonly newDefaults?: Partial<LifecycleDefaults>;
}

export interface StatusRemovalPlan {
  readonly removed: Status;
  readonly mapping: StatusMapping | null;
  /** The lifecycle as it is stored after the removal. */
  readonly lifecycle: Lifecycle;
}

/**
 * Checks the removal of a status from a lifecycle. A mapping given for a status no ticket uses is
 * kept all the same: the count may be stale by the time the change is saved, and a mapping that
 * catches a late ticket costs nothing.
 */
export function planStatusRemoval(request: StatusRemovalRequest): StatusRemovalPlan {
  const { lifecycle, statusId } = request;
  const removed = requireStatus(lifecycle, statusId);
  const target = request.mapping === undefined ? null : mappingTarget(lifecycleScope(lifecycle, removed), removed, request.mapping);
  if (!target && request.ticketsUsingIt > 0) {
    throw new DomainError(
      'conflict',
      'status_removal.in_use',
      `Cannot remove status '${removed.name}' from lifecycle because it is in use and no mapping is provided.`,
      {
        statusId,
        lifecycleId: lifecycle.id,
        ticketsUsingIt: request.ticketsUsingIt,
        allowedMappings: lifecycle.statuses.filter((s) => s.id !== statusId && stateOfStatus(s) === stateOfStatus(removed)).map((s) => s.id),
        name: removed.name,
        scope: 'lifecycle',
      },
    );
  }

  const defaults: LifecycleDefaults = { ...lifecycle.defaults };
  for (const role of DefaultRole.options) {
    const chosen = request.newDefaults?.[role];
    if (chosen === statusId) {
      throw new DomainError(
        'invalid',
        'status_removal.default_is_removed',
        `Status '${removed.name}' cannot be the ${defaultRoleWord(role)} status of lifecycle '${lifecycle.name}' because it is being removed. Choose another ${defaultRoleWord(role)} status.`,
        { statusId, lifecycleId: lifecycle.id, role, name: removed.name, lifecycleName: lifecycle.name },
      );
    }
    if (chosen !== undefined) defaults[role] = chosen;
    else if (lifecycle.defaults[role] === statusId) defaults[role] = successorFor(role, removed, target, lifecycle).id;
  }

  const next: Lifecycle = {
    id: lifecycle.id,
    name: lifecycle.name,
    statusIds: lifecycle.statuses.filter((status) => status.id !== statusId).map((status) => status.id),
    defaults,
  };
  const [problem] = lifecycleProblems(next, lifecycle.statuses);
  if (problem) throw problem;
  return { removed, mapping: target ? { from: removed.id, to: target.id } : null, lifecycle: next };
}

function lifecycleScope(lifecycle: ResolvedLifecycle, removed: Status): MappingScope {
  return {
    statuses: lifecycle.statuses,
    details: { lifecycleId: lifecycle.id },
    outside: (targetId, hint, details) =>
      new DomainError(
        'invalid',
        'status_removal.mapping_not_in_lifecycle',
        `Cannot map status '${removed.name}' to status #${targetId} because it is not part of lifecycle '${lifecycle.name}'.${hint}`,
        { ...details, lifecycleName: lifecycle.name },
      ),
  };
}

function successorFor(role: DefaultRole, removed: Status, target: Status | null, lifecycle: ResolvedLifecycle): Status {
  if (target && categoryMayBeDefaultFor(target.category, role)) return target;
  throw new DomainError(
    'conflict',
    'status_removal.default_without_successor',
    `Cannot remove status '${removed.name}' from lifecycle '${lifecycle.name}' because it is the ${defaultRoleWord(role)} status. Choose another ${defaultRoleWord(role)} status (in the ${categoriesAllowedFor(role)} category) first.`,
    { statusId: removed.id, lifecycleId: lifecycle.id, role, name: removed.name, lifecycleName: lifecycle.name },
  );
}

/**
 * Resolves pending mappings for many reads at once. Pass the mappings of the ticket's lifecycle
 * only: a status removed from two lifecycles may map to different statuses in each.
 */
export function statusMappingResolver(mappings: readonly StatusMapping[]): (statusId: StatusId) => StatusId {
  const next = new Map<StatusId, StatusId>();
  for (const mapping of mappings) {
    const known = next.get(mapping.from);
    if (known !== undefined && known !== mapping.to) {
      throw new DomainError(
        'conflict',
        'status_mapping.ambiguous',
        `Status #${mapping.from} is mapped to both #${known} and #${mapping.to}. Keep one pending mapping per status.`,
        { from: mapping.from, to: [known, mapping.to] },
      );
    }
    next.set(mapping.from, mapping.to);
  }
  return (statusId) => {
    const path = [statusId];
    let current = statusId;
    for (let to = next.get(current); to !== undefined; to = next.get(current)) {
      if (path.includes(to)) {
        throw new DomainError(
          'conflict',
          'status_mapping.cycle',
          `Pending status mappings form a loop (${[...path, to].map((id) => `#${id}`).join(' → ')}). Remove one of these mappings.`,
          { path: [...path, to] },
        );
      }
      path.push(to);
      current = to;
    }
    return current;
  };
}

/**
 * The status a ticket is on as users see it: its stored status with pending mappings followed
 * (A→B, B→C gives C), so a removal shows at once, before the background job rewrites the ticket.
 */
export function effectiveStatusId(statusId: StatusId, mappings: readonly StatusMapping[]): StatusId {
  return statusMappingResolver(mappings)(statusId);
}
