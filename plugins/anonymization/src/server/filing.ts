import { DomainError, type Viewer } from '@tickets/domain';
import { MetadataFieldError } from '@tickets/plugin-kit/server';
import type { AnonymizationRequest } from '../anonymization-request.js';
import { includesProfile } from '../anonymization-scope.js';
import type { AnonymizationStored } from '../anonymization-stored.js';
import { anonymizationPreview } from '../preview.js';
import { mayFileForOthers } from './directory-lookups.js';
import { type DirectorySources, readSubjectRecords } from './subject-records.js';

export interface FilingContext extends DirectorySources {
  readonly requesterId: number;
  readonly requester: Viewer;
  readonly metadata: AnonymizationRequest;
  readonly now: string;
}

/**
 * The rules of filing the schema cannot check: the user defaults to the requester, and only the
 * results team and site admins may ask for somebody else; the profile scope needs a profile; and
 * there must be something left to anonymize. The preview is taken now, so the team sees on the
 * ticket exactly what the request will replace.
 */
export async function fileRequest({ db, directory, requesterId, requester, metadata, now }: FilingContext): Promise<AnonymizationStored> {
  const userId = metadata.userId ?? requesterId;
  const own = userId === requesterId;
  if (!own && !mayFileForOthers(requester)) {
    throw new DomainError(
      'forbidden',
      'anonymization.not_your_account',
      'You can only ask to anonymize your own account; only members of WRT and site admins can file a request for somebody else. Leave out userId.',
      { field: 'metadata.userId', userId },
    );
  }
  const subject = await readSubjectRecords({ db, directory }, userId);
  if (!subject) throw new MetadataFieldError('anonymization.unknown_user', ['userId'], `There is no user #${userId} in the directory.`);
  if (includesProfile(metadata.scope) && subject.person === null) {
    const whose = own ? 'Your account is' : `The account of user #${userId} is`;
    throw new MetadataFieldError('anonymization.no_profile', ['scope'], `${whose} not linked to a competitor profile; choose 'account' to anonymize the account only.`);
  }
  const entries = anonymizationPreview(metadata.scope, subject);
  if (entries.length === 0) {
    throw new DomainError('precondition', 'anonymization.nothing_to_do', `User #${userId} is already anonymized in this scope; there is nothing left to anonymize.`, {
      userId,
    });
  }
  return {
    userId,
    personId: subject.user.personId,
    scope: metadata.scope,
    reason: metadata.reason || null,
    preview: { takenAt: now, entries },
    anonymizedAt: null,
    rejectionReason: null,
  };
}
