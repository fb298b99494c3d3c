import { refuse } from '@tickets/plugin-kit';
import { TypeRuleError } from '@tickets/plugin-kit/server';
import type { AnonymizationStored } from '../anonymization-stored.js';
import { type AnonymizationPreview, anonymizationPreview } from '../preview.js';
import { anonymizationType } from '../ticket-type.js';
import { type DirectorySources, type DirectorySubject, readSubjectRecords } from './subject-records.js';

export interface CurrentPreview {
  readonly subject: DirectorySubject;
  readonly preview: AnonymizationPreview;
}

/** The user is gone from the directory: nothing can be anonymized, or previewed. */
export function userMissing(userId: number): TypeRuleError {
  return new TypeRuleError('not_found', 'anonymization.user_missing', { definition: anonymizationType, refusal: refuse('userMissing', { userId: String(userId) }) }, { userId });
}

/**
 * What anonymizing the ticket's user in its scope would replace, read from the directory now. The
 * API has no read hook for plugins yet, so the ticket shows the preview stored at filing and by
 * the `refreshPreview` action; this is the function both use, and what a future read hook calls.
 */
export async function preview(sources: DirectorySources, stored: Pick<AnonymizationStored, 'userId' | 'scope'>, now: string = new Date().toISOString()): Promise<CurrentPreview> {
  const subject = await readSubjectRecords(sources, stored.userId);
  if (!subject) throw userMissing(stored.userId);
  return { subject, preview: { takenAt: now, entries: anonymizationPreview(stored.scope, subject) } };
}
