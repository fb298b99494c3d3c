/**
 * Converting a namespace from the shared system-defined statuses to its own custom statuses.
 *
 * System statuses are shared by every namespace, so a namespace never edits them in place: the
 * first time it edits one, every system status is copied as a custom status that remembers its
 * origin (`systemOrigin`), its lifecycles and tickets move to the copies, and from then on it edits
 * the copies. There is no way back: the copies may be renamed, recoloured or removed, and tickets
 * and log entries point at them, so nothing here turns a namespace back to system statuses.
 */
import { DomainError } from './errors.js';
import { type Lifecycle, SYSTEM_LIFECYCLE } from './lifecycle.js';
import type { NewStatus } from './namespace-statuses.js';
import type { StatusMapping } from './status-removal.js';
import { isSystemStatusId } from './status-id-range.js';
import { type Status, type StatusId, SYSTEM_STATUSES } from './statuses.js';

/** The custom copies to insert: same name, colour, description, category and position. */
export function planConversionToCustom(systemStatuses: readonly Status[] = SYSTEM_STATUSES): NewStatus[] {
  return systemStatuses.map((status) => {
    if (!isSystemStatusId(status.id)) {
      throw new DomainError(
        'invalid',
        'conversion.not_system_status',
        `Status '${status.name}' is already a custom status; only system-defined statuses are copied when a namespace converts.`,
        { statusId: status.id },
      );
    }
    return {
      name: status.name,
      color: status.color,
      description: status.description,
      category: status.category,
      position: status.position,
      systemOrigin: status.id,
    };
  });
}

export interface SystemLifecycleMapping {
  /** The lifecycle pointing at the copies; the system lifecycle keeps its name and is stored under the id given. */
  readonly lifecycle: Lifecycle;
  /** System status → its copy, for every copy: tickets follow through these, like after a removal. */
  readonly mappings: readonly StatusMapping[];
}

/**
 * Once the copies have their ids, points a lifecycle at them instead of the system statuses.
 * `lifecycle` is the system lifecycle (stored from now on as the namespace's own, under `id`), or
 * any lifecycle of the namespace that uses system statuses.
 */
export function mapSystemLifecycle(
  copies: readonly Status[],
  lifecycle: Lifecycle = SYSTEM_LIFECYCLE,
  id: Lifecycle['id'] = lifecycle.id,
): SystemLifecycleMapping {
  const copyOf = new Map<StatusId, StatusId>();
  for (const copy of copies) {
    if (copy.systemOrigin !== null) copyOf.set(copy.systemOrigin, copy.id);
  }
  const mapped = (statusId: StatusId): StatusId => {
    if (!isSystemStatusId(statusId)) return statusId;
    const copyId = copyOf.get(statusId);
    if (copyId === undefined) {
      throw new DomainError(
        'not_found',
        'conversion.missing_copy',
        `System status #${statusId} of lifecycle '${lifecycle.name}' has no custom copy. Copy every system status before moving lifecycles to the copies.`,
        { statusId, lifecycleId: lifecycle.id },
      );
    }
    return copyId;
  };
  return {
    lifecycle: {
      id,
      name: lifecycle.name,
      statusIds: lifecycle.statusIds.map(mapped),
      defaults: { open: mapped(lifecycle.defaults.open), closed: mapped(lifecycle.defaults.closed), duplicate: mapped(lifecycle.defaults.duplicate) },
    },
    mappings: [...copyOf].map(([from, to]) => ({ from, to })),
  };
}
