import type { DirectoryUser, PluginDirectory } from '@tickets/plugin-kit/server';
import { DELEGATES_GROUP } from '../delegate-rules.js';
import { type ClaimField, claimFieldError } from './claim-errors.js';

/** The user, who must exist and be a Delegate; `field` is the one that named them. */
export async function requireDelegate(directory: PluginDirectory, userId: number, field: ClaimField): Promise<DirectoryUser> {
  const user = await directory.user(userId);
  if (!user) throw claimFieldError('invalid', 'unknown_delegate', `There is no user #${userId}; choose one of the ${DELEGATES_GROUP}.`, field);
  if (!(await directory.isMemberOfGroup(user.id, DELEGATES_GROUP))) {
    throw claimFieldError('invalid', 'not_a_delegate', `${user.name} is not one of the ${DELEGATES_GROUP}; only a Delegate can confirm a WCA ID claim.`, field);
  }
  return user;
}
