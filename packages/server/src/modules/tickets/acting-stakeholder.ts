import type { Stakeholder } from '@tickets/domain';
import type { MutationScope } from './ticket-mutation.js';

/**
 * The stakeholder a change acts as. `runTicketMutation` resolves it unless told not to, so a
 * missing one here is a programming error (a change that records who spoke must require it).
 */
export function requireActingStakeholder(scope: Pick<MutationScope, 'actingAs'>): Stakeholder {
  if (scope.actingAs === null) throw new Error('This change records whom the viewer acts for, so it must run with requireActingAs.');
  return scope.actingAs;
}
