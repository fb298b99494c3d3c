import type { MetadataChange } from '@tickets/plugin-kit/server';
import { FIELD_LABELS } from '../../person-fields.js';
import { currentValue, describeChange, listInWords, outOfSyncFields } from '../profile-values.js';
import { changeLabel } from './change-label.js';
import type { EditPersonEffect } from './effect-types.js';
import { requirePerson } from './profile.js';

/**
 * Reads the old values from the profile again, after it changed outside this request, so the team
 * reviews the request against what the profile holds now (and may then apply it).
 */
export const syncOldValues: EditPersonEffect<'syncOldValues'> = async ({ metadata, directory }) => {
  const person = await requirePerson(directory, metadata);
  const stale = outOfSyncFields(metadata.fields, person);
  const fields = metadata.fields.map((f) => ({ ...f, oldValue: currentValue(person, f.field) }));
  const changes: MetadataChange[] = stale.map((f) => ({
    field: `fields.${f.field}.oldValue`,
    label: changeLabel(`fields.${f.field}.oldValue`),
    before: f.oldValue,
    after: currentValue(person, f.field),
  }));
  if (person.updatedAt !== metadata.profileVersion) {
    changes.push({ field: 'profileVersion', label: changeLabel('profileVersion'), before: metadata.profileVersion, after: person.updatedAt });
  }
  if (changes.length === 0) return { summary: 'The old values already matched the profile; nothing changed.' };

  const alreadyThere = fields.filter((f) => f.oldValue === f.newValue).map((f) => FIELD_LABELS[f.field]);
  const synced =
    stale.length === 0
      ? 'The profile changed elsewhere, but the requested fields still hold the old values.'
      : `Synced the old values with the profile: ${listInWords(stale.map((f) => describeChange(f.field, f.oldValue, currentValue(person, f.field))))}.`;
  const note = alreadyThere.length > 0 ? ` The profile already has the requested ${listInWords(alreadyThere)}.` : '';
  return { summary: synced + note, metadata: { ...metadata, fields, profileVersion: person.updatedAt }, changes };
};
