import { type LifecycleId, SYSTEM_LIFECYCLE_ID } from './lifecycle.js';

/** Which lifecycle each ticket type of a namespace follows, as the namespace stores it. */
export interface LifecycleAttachments {
  /** The types attached to a lifecycle of their own; every other type follows the default. */
  readonly byType: ReadonlyMap<string, LifecycleId>;
  /** The namespace's default lifecycle; null while that is the system lifecycle (stored nowhere). */
  readonly defaultLifecycleId: LifecycleId | null;
}

/** The namespace's default lifecycle: the stored one, else the system lifecycle. */
export function defaultLifecycleId(attachments: LifecycleAttachments): LifecycleId {
  return attachments.defaultLifecycleId ?? SYSTEM_LIFECYCLE_ID;
}

/** The lifecycle tickets of a type follow: the one it is attached to, else the namespace's default. */
export function lifecycleIdOfType(attachments: LifecycleAttachments, type: string): LifecycleId {
  return attachments.byType.get(type) ?? defaultLifecycleId(attachments);
}

/** The types attached to a lifecycle (not those that follow it as the namespace's default). */
export function typesAttachedTo(attachments: LifecycleAttachments, lifecycleId: LifecycleId): string[] {
  return [...attachments.byType].filter(([, id]) => id === lifecycleId).map(([type]) => type);
}
