import { DomainError } from '@tickets/domain';
import { saying } from '@tickets/plugin-kit';
import { metadataChanges, type PersonChanges } from '@tickets/plugin-kit/server';
import type { ApplyMode, EditPersonStored } from '../../edit-person-stored.js';
import { STATUS } from '../../lifecycle.js';
import { FIELD_LABELS } from '../../person-fields.js';
import { currentValue, listInWords, outOfSyncFields, quoteValue } from '../profile-values.js';
import { changeLabel } from './change-label.js';
import type { EditPersonEffect } from './effect-types.js';
import { requirePerson } from './profile.js';
import { changeListArgs } from './summary-values.js';

/**
 * Makes the requested change to the profile. Refused while the profile holds other values than the
 * old ones the team reviewed: applying then would silently overwrite a change nobody looked at.
 */
function applyAs(mode: ApplyMode): EditPersonEffect<'applyAsFix' | 'applyAsUpdate'> {
  return async ({ metadata, directory }) => {
    const person = await requirePerson(directory, metadata);
    const stale = outOfSyncFields(metadata.fields, person);
    if (stale.length > 0) {
      const differences = stale.map((f) => `the ${FIELD_LABELS[f.field]} is now ${quoteValue(currentValue(person, f.field))}, not ${quoteValue(f.oldValue)}`);
      throw new DomainError(
        'precondition',
        'edit_person.out_of_sync',
        `The profile is out of sync with this request: it changed since the old values were taken (${listInWords(differences)}). Sync the old values first, check the request again, then apply it.`,
        { fields: stale.map((f) => f.field) },
      );
    }
    // After a sync the profile may already hold some requested values; those need no change.
    const toChange = metadata.fields.filter((f) => f.newValue !== f.oldValue);
    if (toChange.length > 0) {
      const changes: PersonChanges = Object.fromEntries(toChange.map((f) => [f.field, f.newValue]));
      await directory.updatePerson(metadata.personId, changes, mode);
    }
    const applied: EditPersonStored = { ...metadata, appliedAs: mode, rejectionReason: null };
    // What changed and how it was applied (an update's words add that the history keeps the previous values).
    const summary =
      toChange.length === 0
        ? saying('alreadyApplied', { wcaId: metadata.wcaId })
        : saying('applied', { wcaId: metadata.wcaId, mode, ...changeListArgs(toChange.map((f) => ({ field: f.field, from: f.oldValue, to: f.newValue }))) });
    return {
      summary,
      metadata: applied,
      // How it was applied is said by the summary above; the log's changes keep what a person reads
      // as a change of the request (a reason that no longer holds), not this internal field.
      changes: metadataChanges(metadata, applied, { rejectionReason: changeLabel('rejectionReason') }),
      moveTo: STATUS.applied,
    };
  };
}

export const applyAsFix: EditPersonEffect<'applyAsFix'> = applyAs('fix');
export const applyAsUpdate: EditPersonEffect<'applyAsUpdate'> = applyAs('update');
