/** Limits on what a namespace may define (DOMAIN.md, "Limits and rules"). */
export const LIMITS = {
  statusesPerNamespace: 70,
  statusesPerLifecycle: 30,
  lifecyclesPerNamespace: 50,
  statusNameMaxLength: 32,
  statusDescriptionMaxLength: 128,
  lifecycleNameMaxLength: 64,
  ticketTitleMaxLength: 255,
} as const;
