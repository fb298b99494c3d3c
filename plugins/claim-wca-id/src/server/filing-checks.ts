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
    throw claimError(
      'precondition',
      'requester_already_linked',
      `Your account is already linked to the WCA ID ${own?.wcaId ?? `of person #${requester.personId}`}; an account can have only one competitor profile.`,
    );
  }
  const person = await directory.personByWcaId(metadata.wcaId);
  if (!person) throw claimFieldError('invalid', 'unknown_wca_id', `No competitor has the WCA ID ${metadata.wcaId}; check it on your results page.`, 'metadata.wcaId');
  if (await directory.userLinkedToPerson(person.id)) {
    throw claimFieldError(
      'conflict',
      'already_claimed',
      `The WCA ID ${person.wcaId} is already linked to another account; if the profile is yours, contact the results team (WRT).`,
      'metadata.wcaId',
    );
  }
  if (metadata.delegateUserId === requesterId) {
    throw claimFieldError('invalid', 'own_delegate', 'You cannot confirm your own claim; choose another Delegate who knows you.', 'metadata.delegateUserId');
  }
  await requireDelegate(directory, metadata.delegateUserId, 'metadata.delegateUserId');
  return person;
}
