import type { Stakeholder } from '@tickets/domain';

/**
 * A user as the page can name them: the ticket's stakeholders carry names, metadata only ids (the
 * API has no directory look-up for a playground yet), so someone not on the ticket shows as their id.
 */
export function userLabel(stakeholders: readonly Stakeholder[], userId: number): string {
  const match = stakeholders.find((stakeholder) => stakeholder.principal.kind === 'user' && stakeholder.principal.id === userId);
  return match ? `${match.principal.name} (user ${userId})` : `User ${userId}`;
}
