import { samePrincipal } from './principals.js';
import type { Stakeholder } from './stakeholder.js';
import type { UserId } from './principals.js';

/** The events people hear about by e-mail. */
export type NotifiedEvent =
  | { readonly kind: 'ticket.received' }
  | { readonly kind: 'ticket.closed' }
  | { readonly kind: 'comment.added'; readonly authorUserId: UserId; readonly actingStakeholderId: number };

/** One mail: its recipient, and who is in copy (visible to the recipient). */
export interface Notification {
  readonly to: Stakeholder;
  readonly cc: readonly Stakeholder[];
}

function firstOfEachPrincipal(stakeholders: readonly Stakeholder[]): Stakeholder[] {
  return stakeholders.filter((s, index) => stakeholders.findIndex((other) => samePrincipal(other.principal, s.principal)) === index);
}

/**
 * Who hears about an event, one mail per recipient. Only active stakeholders are written to.
 * - received / closed: each requester, with the team (the other stakeholders, except `bcc`, whose
 *   presence is not shown to others) in cc;
 * - comment added: every other stakeholder, each on their own mail — never the author, nor the
 *   stakeholder the author spoke for (a group hears through its address, and its member wrote it).
 */
export function notificationsFor(event: NotifiedEvent, stakeholders: readonly Stakeholder[]): Notification[] {
  const active = firstOfEachPrincipal(stakeholders.filter((s) => s.isActive));
  if (event.kind === 'comment.added') {
    const author = { kind: 'user', id: event.authorUserId };
    return active
      .filter((s) => s.id !== event.actingStakeholderId && !samePrincipal(s.principal, author))
      .map((to) => ({ to, cc: [] }));
  }
  const requesters = active.filter((s) => s.role === 'requester');
  const team = active.filter((s) => s.role !== 'requester' && s.connection !== 'bcc');
  return requesters.map((to) => ({ to, cc: team }));
}
