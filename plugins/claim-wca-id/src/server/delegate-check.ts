import { refuse } from '@tickets/plugin-kit';
import type { DirectoryUser, PluginDirectory } from '@tickets/plugin-kit/server';
import { DELEGATES_GROUP } from '../delegate-rules.js';
import { type ClaimField, claimFieldError } from './claim-errors.js';

/** The user, who must exist and be a Delegate; `field` is the one that named them. */
export async function requireDelegate(directory: PluginDirectory, userId: number, field: ClaimField): Promise<DirectoryUser> {
  const user = await directory.user(userId);
  // Ids as text: a sentence says "user #12345", not a number formatted for the reader ("12,345").
  if (!user) throw claimFieldError('invalid', 'unknown_delegate', refuse('unknownDelegate', { userId: String(userId), group: DELEGATES_GROUP }), field);
  if (!(await directory.isMemberOfGroup(user.id, DELEGATES_GROUP))) {
    throw claimFieldError('invalid', 'not_a_delegate', refuse('notADelegate', { name: user.name, group: DELEGATES_GROUP }), field);
  }
  return user;
}
