import type { Stakeholder } from '@tickets/domain';
import type { Translate } from '@tickets/plugin-kit/widget';
import type { ClaimMessageKey } from './i18n/messages.js';

/**
 * A user as the page can name them: the ticket's stakeholders carry names, metadata only ids (the
 * API has no directory look-up for a playground yet), so someone not on the ticket shows as their id.
 */
export function userLabel(stakeholders: readonly Stakeholder[], userId: number, t: Translate<ClaimMessageKey>): string {
  const match = stakeholders.find((stakeholder) => stakeholder.principal.kind === 'user' && stakeholder.principal.id === userId);
  return match ? t('people.named', { name: match.principal.name, id: String(userId) }) : t('people.unnamed', { id: String(userId) });
}
