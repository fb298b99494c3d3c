import type { LIMITS } from '@tickets/domain';

/**
 * The domain's limits the status settings show and check before sending. Typed as the domain's
 * `LIMITS` (literal types), so a change there fails to compile here; the values stay out of the
 * bundle's zod-carrying domain import.
 */
export const STATUS_LIMITS: Pick<typeof LIMITS, 'statusesPerNamespace' | 'statusesPerLifecycle' | 'statusNameMaxLength' | 'statusDescriptionMaxLength'> = {
  statusesPerNamespace: 70,
  statusesPerLifecycle: 30,
  statusNameMaxLength: 32,
  statusDescriptionMaxLength: 128,
};
