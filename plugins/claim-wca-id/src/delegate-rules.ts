import type { Stakeholder } from '@tickets/domain';
import { type ActionCheckContext, onlyGroup, type Refusal, refuse } from '@tickets/plugin-kit';
import type { ClaimWcaIdStored } from './claim-metadata.js';

/** The group, by its name in the host site's directory, whose members confirm claims. */
export const DELEGATES_GROUP = 'Delegates';

export type ClaimCheckContext = ActionCheckContext<ClaimWcaIdStored>;
type ClaimCheck = (context: ClaimCheckContext) => true | Refusal;

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
 * `doing` names the type's `doing.<name>` phrase, as in `onlyGroup`.
 */
export function onlyAssignedDelegate(doing: string): ClaimCheck {
  return ({ actingAs, viewer, stakeholders }) => {
    const actsAsOwnAssignment = actingAs.isActive && isDelegateAssignment(actingAs) && actingAs.principal.id === viewer.userId;
    if (actsAsOwnAssignment) return true;
    const names = assignedDelegates(stakeholders).map((stakeholder) => stakeholder.principal.name);
    const phrase = { doing: `doing.${doing}` };
    // Everyone's assignment may have been removed: then there is nobody to name, and a sentence of its own.
    return names.length > 0 ? refuse('onlyNamedAssignee', { names: names.join(', ') }, phrase) : refuse('onlyAssignee', undefined, phrase);
  };
}

/**
 * The assignee must still be a Delegate: a plain `stakeholders.transfer` could hand the request to
 * anyone, and only a Delegate may vouch that a profile belongs to someone. `doing` names a phrase, as in `onlyGroup`.
 */
export function onlyDelegates(doing: string): ClaimCheck {
  return onlyGroup(DELEGATES_GROUP, doing);
}

/** Nobody confirms their own claim, even a Delegate who somehow holds it. */
export const notOwnClaim: ClaimCheck = ({ viewer, metadata }) =>
  viewer.userId === metadata.requesterUserId ? refuse('ownClaim') : true;
