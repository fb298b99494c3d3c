import { DomainError } from './errors.js';
import type { Stakeholder, StakeholderId } from './stakeholder.js';

/** The ticket's stakeholder with this id; `not_found` when the id belongs to no stakeholder of this ticket. */
export function findTicketStakeholder(stakeholders: readonly Stakeholder[], stakeholderId: StakeholderId): Stakeholder {
  const found = stakeholders.find((stakeholder) => stakeholder.id === stakeholderId);
  if (found === undefined) {
    throw new DomainError(
      'not_found',
      'stakeholder.not_found',
      `Stakeholder #${stakeholderId} is not a stakeholder of this ticket; reload the ticket and choose one of its stakeholders.`,
      { stakeholderId },
    );
  }
  return found;
}
