import type { DirectoryUser, PluginDirectory } from '@tickets/plugin-kit/server';
import { DELEGATES_GROUP } from '../delegate-rules.js';
import { claimError } from './claim-errors.js';

/** The user, who must exist and be a Delegate; `path` is the field that named them. */
export async function requireDelegate(directory: PluginDirectory, userId: number, path: string): Promise<DirectoryUser> {
  const user = await directory.user(userId);
  if (!user) throw claimError('invalid', 'unknown_delegate', `There is no user #${userId}; choose one of the ${DELEGATES_GROUP}.`, path);
  if (!(await directory.isMemberOfGroup(user.id, DELEGATES_GROUP))) {
    throw claimError('invalid', 'not_a_delegate', `${user.name} is not one of the ${DELEGATES_GROUP}; only a Delegate can confirm a WCA ID claim.`, path);
  }
  return user;
}
