import type { Viewer } from '@tickets/domain';
import { refuse } from '@tickets/plugin-kit';
import { MetadataFieldError, TypeRuleError, type TypeSentence } from '@tickets/plugin-kit/server';
import type { AnonymizationRequest } from '../anonymization-request.js';
import { includesProfile } from '../anonymization-scope.js';
import type { AnonymizationStored } from '../anonymization-stored.js';
import { anonymizationPreview } from '../preview.js';
import { anonymizationType } from '../ticket-type.js';
import { mayFileForOthers } from './directory-lookups.js';
import { type DirectorySources, readSubjectRecords } from './subject-records.js';

/** A filing rule's refusal in the type's words (`refusal.<name>`), so the API says it in the reader's language. */
function said(name: string, values?: Record<string, string>): TypeSentence {
  return { definition: anonymizationType, refusal: refuse(name, values) };
}

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
    throw new TypeRuleError('forbidden', 'anonymization.not_your_account', said('notYourAccount'), { field: 'metadata.userId', userId });
  }
  const subject = await readSubjectRecords({ db, directory }, userId);
  if (!subject) throw new MetadataFieldError('anonymization.unknown_user', ['userId'], said('unknownUser', { userId: String(userId) }));
  if (includesProfile(metadata.scope) && subject.person === null) {
    throw new MetadataFieldError('anonymization.no_profile', ['scope'], said('noProfile', { account: own ? 'own' : 'other', userId: String(userId) }));
  }
  const entries = anonymizationPreview(metadata.scope, subject);
  if (entries.length === 0) {
    throw new TypeRuleError('precondition', 'anonymization.nothing_to_do', said('nothingToDo', { userId: String(userId) }), { userId });
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
