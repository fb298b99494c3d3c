import { refuse } from '@tickets/plugin-kit';
import type { DirectoryPerson, PluginDirectory } from '@tickets/plugin-kit/server';
import type { ClaimWcaIdMetadata } from '../claim-metadata.js';
import { claimError, claimFieldError } from './claim-errors.js';
import { requireDelegate } from './delegate-check.js';

export interface FilingContext {
  readonly directory: PluginDirectory;
  readonly requesterId: number;
  readonly metadata: ClaimWcaIdMetadata;
}

/**
 * Whether this claim may be filed: the requester has no profile yet, the WCA ID names a profile
 * nobody has claimed, and the Delegate named is one (and not the requester). Returns the profile.
 * Run again at approval, since the directory may change while the request waits.
 */
export async function checkClaimCanBeFiled({ directory, requesterId, metadata }: FilingContext): Promise<DirectoryPerson> {
  const requester = await directory.user(requesterId);
  if (requester && requester.personId !== null) {
    const own = await directory.person(requester.personId);
    // The profile by its WCA ID; by its id when the directory no longer has it.
    const profile: Record<string, string> = own ? { profile: 'known', wcaId: own.wcaId } : { profile: 'unknown', personId: String(requester.personId) };
    throw claimError('precondition', 'requester_already_linked', refuse('requesterAlreadyLinked', profile));
  }
  const person = await directory.personByWcaId(metadata.wcaId);
  if (!person) throw claimFieldError('invalid', 'unknown_wca_id', refuse('unknownWcaId', { wcaId: metadata.wcaId }), 'metadata.wcaId');
  if (await directory.userLinkedToPerson(person.id)) {
    throw claimFieldError('conflict', 'already_claimed', refuse('alreadyClaimed', { wcaId: person.wcaId }), 'metadata.wcaId');
  }
  if (metadata.delegateUserId === requesterId) {
    throw claimFieldError('invalid', 'own_delegate', refuse('ownDelegate'), 'metadata.delegateUserId');
  }
  await requireDelegate(directory, metadata.delegateUserId, 'metadata.delegateUserId');
  return person;
}
