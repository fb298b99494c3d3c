import { DomainError } from './errors.js';
import type { Lifecycle, LifecycleId } from './lifecycle.js';
import { defaultLifecycleId, type LifecycleAttachments, typesAttachedTo } from './type-lifecycles.js';

export interface LifecycleDeletionPlan {
  readonly deleted: LifecycleId;
}

/**
 * Checks deleting a lifecycle: only one no ticket type follows, so no ticket is left without a
 * lifecycle. The default is followed by every type attached to no other, so it never goes.
 */
export function planLifecycleDeletion(lifecycle: Lifecycle, attachments: LifecycleAttachments): LifecycleDeletionPlan {
  if (lifecycle.id === defaultLifecycleId(attachments)) {
    throw new DomainError(
      'conflict',
      'lifecycle.is_default',
      `Cannot delete lifecycle '${lifecycle.name}' because it is the namespace's default lifecycle: every ticket type attached to no other lifecycle follows it.`,
      { lifecycleId: lifecycle.id, lifecycleName: lifecycle.name },
    );
  }
  const types = typesAttachedTo(attachments, lifecycle.id);
  if (types.length > 0) {
    const one = types.length === 1;
    const typeList = types.map((t) => `'${t}'`).join(', ');
    throw new DomainError(
      'conflict',
      'lifecycle.in_use',
      `Cannot delete lifecycle '${lifecycle.name}' because ticket ${one ? 'type' : 'types'} ${typeList} ${one ? 'follows' : 'follow'} it. Attach ${one ? 'it' : 'them'} to another lifecycle first.`,
      { lifecycleId: lifecycle.id, ticketTypes: types, lifecycleName: lifecycle.name, types: typeList, typeCount: types.length },
    );
  }
  return { deleted: lifecycle.id };
}
