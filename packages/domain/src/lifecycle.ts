import { z } from 'zod';
import type { DefaultRole } from './categories.js';
import { DomainError } from './errors.js';
import { SYSTEM_STATUS_IDS } from './status-id-range.js';
import { type Status, StatusId, SYSTEM_STATUSES, sortStatuses } from './statuses.js';

export const LifecycleId = z.number().int().positive();
export type LifecycleId = z.infer<typeof LifecycleId>;

export const LifecycleDefaults = z.object({
  open: StatusId,
  closed: StatusId,
  duplicate: StatusId,
});
export type LifecycleDefaults = z.infer<typeof LifecycleDefaults>;

/** A lifecycle as stored: which statuses it holds and which of them are its defaults. */
export const Lifecycle = z.object({
  id: LifecycleId,
  name: z.string(),
  statusIds: z.array(StatusId),
  defaults: LifecycleDefaults,
});
export type Lifecycle = z.infer<typeof Lifecycle>;

/** A lifecycle with its statuses looked up and in lifecycle order; what the rules work on. */
export interface ResolvedLifecycle {
  readonly id: LifecycleId;
  readonly name: string;
  /** In lifecycle order: category, position, id. */
  readonly statuses: readonly Status[];
  readonly defaults: LifecycleDefaults;
}

export const SYSTEM_LIFECYCLE_ID = 1;

export const SYSTEM_LIFECYCLE: Lifecycle = {
  id: SYSTEM_LIFECYCLE_ID,
  name: 'Default',
  statusIds: SYSTEM_STATUSES.map((status) => status.id),
  defaults: { open: SYSTEM_STATUS_IDS.toDo, closed: SYSTEM_STATUS_IDS.done, duplicate: SYSTEM_STATUS_IDS.duplicate },
};

/** Looks up a lifecycle's statuses. Fails when the lifecycle names a status that is not given. */
export function resolveLifecycle(lifecycle: Lifecycle, statuses: Iterable<Status>): ResolvedLifecycle {
  const byId = new Map<number, Status>();
  for (const status of statuses) byId.set(status.id, status);
  const own = lifecycle.statusIds.map((id) => {
    const status = byId.get(id);
    if (!status) {
      throw new DomainError('not_found', 'lifecycle.unknown_status', `Lifecycle '${lifecycle.name}' refers to status #${id}, which does not exist.`, {
        lifecycleId: lifecycle.id,
        statusId: id,
      });
    }
    return status;
  });
  return { id: lifecycle.id, name: lifecycle.name, statuses: sortStatuses(own), defaults: lifecycle.defaults };
}

export const SYSTEM_RESOLVED_LIFECYCLE: ResolvedLifecycle = resolveLifecycle(SYSTEM_LIFECYCLE, SYSTEM_STATUSES);

export function findStatus(lifecycle: ResolvedLifecycle, statusId: StatusId): Status | undefined {
  return lifecycle.statuses.find((status) => status.id === statusId);
}

/** The status of the lifecycle with this id, or a domain error naming the lifecycle. */
export function requireStatus(lifecycle: ResolvedLifecycle, statusId: StatusId): Status {
  const status = findStatus(lifecycle, statusId);
  if (!status) {
    throw new DomainError(
      'invalid',
      'lifecycle.status_not_in_lifecycle',
      `Status #${statusId} is not part of lifecycle '${lifecycle.name}'. Choose one of: ${lifecycle.statuses.map((s) => s.name).join(', ')}.`,
      { statusId, lifecycleId: lifecycle.id, allowed: lifecycle.statuses.map((s) => s.id) },
    );
  }
  return status;
}

export function defaultStatus(lifecycle: ResolvedLifecycle, role: DefaultRole): Status {
  return requireStatus(lifecycle, lifecycle.defaults[role]);
}
