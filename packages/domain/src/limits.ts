import { DomainError } from './errors.js';

/** Limits on what a namespace may define (DOMAIN.md, "Limits and rules"). */
export const LIMITS = {
  statusesPerNamespace: 70,
  statusesPerLifecycle: 30,
  lifecyclesPerNamespace: 50,
  statusNameMaxLength: 32,
  statusDescriptionMaxLength: 128,
  lifecycleNameMaxLength: 64,
  ticketTitleMaxLength: 255,
  /**
   * A ticket list counts its matches up to here and then says "1,000+": an exact count of a million
   * visible tickets would cost more than the page it sits beside.
   */
  listCountBound: 1000,
} as const;

/**
 * Refuses `adding` new statuses in a namespace that has `existing`. `explanation` says, after the
 * limit, why that many are needed (a plugin's lifecycle adds several at once).
 */
export function requireRoomForStatuses(existing: number, adding: number, explanation?: string): void {
  if (existing + adding <= LIMITS.statusesPerNamespace) return;
  throw new DomainError(
    'limit',
    'namespace.too_many_statuses',
    `A namespace can only have a maximum of ${LIMITS.statusesPerNamespace} statuses.${explanation === undefined ? '' : ` ${explanation}`}`,
    { limit: LIMITS.statusesPerNamespace, count: existing, needed: adding },
  );
}

/** The refusal of a lifecycle holding `count` statuses, or null when it is within the limit. */
export function lifecycleSizeProblem(count: number, details: Readonly<Record<string, unknown>> = {}): DomainError | null {
  if (count <= LIMITS.statusesPerLifecycle) return null;
  return new DomainError('limit', 'lifecycle.too_many_statuses', `Lifecycle can only have a maximum of ${LIMITS.statusesPerLifecycle} statuses.`, {
    ...details,
    limit: LIMITS.statusesPerLifecycle,
    count,
  });
}
