import { changeOf, type MetadataChange } from '@tickets/plugin-kit/server';
import { includesProfile } from '../../anonymization-scope.js';
import { describePreviewFields } from '../../preview-wording.js';
import { preview } from '../preview.js';
import type { EffectContext, EffectOutcome } from './effect-types.js';
import { previewChange, samePreviewEntries } from './preview-change.js';

/**
 * Reads the directory again and stores what anonymizing would replace now, including the profile
 * the account is linked to now (which `anonymize` then checks against).
 */
export async function refreshPreview(context: EffectContext): Promise<EffectOutcome> {
  const { metadata, now } = context;
  const current = await preview(context, metadata, now);
  const personId = current.subject.user.personId;
  const changes: MetadataChange[] = [
    ...changeOf('personId', 'linked person', metadata.personId, personId),
    ...previewChange(metadata.preview, current.preview),
  ];
  const unchanged = personId === metadata.personId && samePreviewEntries(metadata.preview.entries, current.preview.entries);
  const sentences = [unchanged ? 'Read the directory again; the preview is unchanged.' : `Read the directory again; the preview changed, and now lists: ${describePreviewFields(current.preview.entries)}.`];
  if (includesProfile(metadata.scope) && personId === null) {
    sentences.push(`User #${metadata.userId} is no longer linked to a competitor profile, so anonymizing will replace the account only.`);
  }
  return { summary: sentences.join(' '), metadata: { ...metadata, personId, preview: current.preview }, changes };
}
