import type { ActionView } from '@tickets/plugin-kit/widget';

/** The type's action keys, as `claim-wca-id.ts` declares them. */
export const CLAIM_ACTION = { approve: 'approve', reject: 'reject', handOver: 'handOver' } as const;
export type ClaimActionKey = (typeof CLAIM_ACTION)[keyof typeof CLAIM_ACTION];

export function findAction(actions: readonly ActionView[], key: ClaimActionKey): ActionView | undefined {
  return actions.find((action) => action.key === key);
}
