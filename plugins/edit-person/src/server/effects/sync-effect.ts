import { saying } from '@tickets/plugin-kit';
import type { MetadataChange } from '@tickets/plugin-kit/server';
import { currentValue, outOfSyncFields } from '../profile-values.js';
import { changeLabel } from './change-label.js';
import type { EditPersonEffect } from './effect-types.js';
import { requirePerson } from './profile.js';
import { changeListArgs, fieldListArgs } from './summary-values.js';

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
  if (changes.length === 0) return { summary: saying('alreadySynced') };

  // The summary ends by naming the fields whose requested value the profile now holds, if any.
  const alreadyThere = fieldListArgs('already', fields.filter((f) => f.oldValue === f.newValue).map((f) => f.field));
  const summary =
    stale.length === 0
      ? saying('profileChangedElsewhere', alreadyThere)
      : saying('synced', { ...changeListArgs(stale.map((f) => ({ field: f.field, from: f.oldValue, to: currentValue(person, f.field) }))), ...alreadyThere });
  return { summary, metadata: { ...metadata, fields, profileVersion: person.updatedAt }, changes };
};
