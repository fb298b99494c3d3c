import type { Stakeholder } from '@tickets/domain';
import { type ActionCheckContext, onlyGroup } from '@tickets/plugin-kit';
import type { ClaimWcaIdStored } from './claim-metadata.js';

/** The group, by its name in the host site's directory, whose members confirm claims. */
export const DELEGATES_GROUP = 'Delegates';

export type ClaimCheckContext = ActionCheckContext<ClaimWcaIdStored>;
type ClaimCheck = (context: ClaimCheckContext) => true | string;

/** A user assigned as actioner: the shape of a Delegate's assignment to a claim. */
export function isDelegateAssignment(stakeholder: Stakeholder): boolean {
  return stakeholder.principal.kind === 'user' && stakeholder.connection === 'assigned' && stakeholder.role === 'actioner';
}

/** Who holds the claim now: the active Delegate assignments (one, unless someone added another). */
export function assignedDelegates(stakeholders: readonly Stakeholder[]): Stakeholder[] {
  return stakeholders.filter((stakeholder) => stakeholder.isActive && isDelegateAssignment(stakeholder));
}

/**
 * Only the Delegate holding the request decides, acting as themselves. The ticket's stakeholders
 * are the authority, not `metadata.delegateUserId`: after a hand-over the new assignee acts, and the previous one, made inactive, cannot.
 */
export function onlyAssignedDelegate(doing: string): ClaimCheck {
  return ({ actingAs, viewer, stakeholders }) => {
    const actsAsOwnAssignment = actingAs.isActive && isDelegateAssignment(actingAs) && actingAs.principal.id === viewer.userId;
    if (actsAsOwnAssignment) return true;
    const names = assignedDelegates(stakeholders).map((stakeholder) => stakeholder.principal.name);
    return `Only the Delegate this request is assigned to${names.length > 0 ? ` (${names.join(', ')})` : ''} can ${doing}.`;
  };
}

/**
 * The assignee must still be a Delegate: a plain `stakeholders.transfer` could hand the request to
 * anyone, and only a Delegate may vouch that a profile belongs to someone.
 */
export function onlyDelegates(doing: string): ClaimCheck {
  return onlyGroup(DELEGATES_GROUP, doing);
}

/** Nobody confirms their own claim, even a Delegate who somehow holds it. */
export const notOwnClaim: ClaimCheck = ({ viewer, metadata }) =>
  viewer.userId === metadata.requesterUserId ? 'You cannot approve your own claim; hand it over to another Delegate.' : true;
