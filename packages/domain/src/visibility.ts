import type { PrincipalRef } from './principal-schemas.js';
import { viewerEmbodies, type Viewer } from './principals.js';
import type { Stakeholder } from './stakeholder.js';

/*
 * One membership rule decides both seeing and acting: a viewer "embodies" a stakeholder when they
 * are its user or belong to its group or plugin-kind principal (`Viewer.memberships`, resolved by
 * the server). Acting only narrows that set to active stakeholders, so whoever can act can see.
 */

/**
 * Whether the viewer may see a ticket with these stakeholders: a site admin sees every ticket;
 * anyone else when they embody at least one stakeholder. Inactive stakeholders count (they keep
 * read access to what they took part in) and so do `bcc` ones (silent, not blind). Lists and counts
 * must apply this same rule so they never reveal a ticket the viewer could not open.
 */
export function canSeeTicket(viewer: Viewer, stakeholders: readonly { principal: PrincipalRef }[]): boolean {
  return viewer.isSiteAdmin || stakeholders.some((stakeholder) => viewerEmbodies(viewer, stakeholder.principal));
}

/**
 * The stakeholders the viewer may act as, in the ticket's order: the active ones they are or belong
 * to. Being a site admin adds nothing here: an admin acts only after joining as a `bcc` stakeholder
 * (see `planAdminJoin`), so every action is recorded on behalf of a stakeholder of the ticket.
 */
export function actableStakeholders(viewer: Viewer, stakeholders: readonly Stakeholder[]): Stakeholder[] {
  return stakeholders.filter((stakeholder) => stakeholder.isActive && viewerEmbodies(viewer, stakeholder.principal));
}

/** Whether the viewer may act on the ticket at all (comment, change status, run an action…). */
export function canActOnTicket(viewer: Viewer, stakeholders: readonly Stakeholder[]): boolean {
  return actableStakeholders(viewer, stakeholders).length > 0;
}
