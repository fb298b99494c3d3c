/**
 * What a status id given by a caller names.
 *
 * The system-defined ids (1–5) are reserved and stable: a host site may hard-code "Done = 3", and a
 * page loaded before an admin's first edit still holds them. Once a namespace has converted to
 * custom statuses those system statuses no longer exist there, but each has a copy that remembers
 * its origin (`systemOrigin`), so a system id keeps naming that copy. Every other id names itself.
 */
import { DomainError } from './errors.js';
import { type Status, type StatusId, SYSTEM_STATUSES } from './statuses.js';

/**
 * The id of the namespace's status that `id` names, given the namespace's statuses (the system ones
 * while it has not converted, else its custom ones). A system id whose copy the namespace has since
 * removed is refused rather than followed through the removal's mapping: that mapping retires once
 * the tickets are rewritten, so following it would make the same id work today and fail tomorrow.
 */
export function statusIdAsNamed(id: StatusId, statuses: readonly Pick<Status, 'id' | 'systemOrigin'>[]): StatusId {
  const system = SYSTEM_STATUSES.find((status) => status.id === id);
  if (!system || statuses.some((status) => status.id === id)) return id;
  const copy = statuses.find((status) => status.systemOrigin === id);
  if (copy) return copy.id;
  throw new DomainError(
    'not_found',
    'status.system_copy_removed',
    `Status #${id} is the system-defined status '${system.name}'. This namespace uses its own statuses and has removed its copy of '${system.name}'; choose one of the namespace's current statuses.`,
    { statusId: id, systemStatus: system.name },
  );
}
