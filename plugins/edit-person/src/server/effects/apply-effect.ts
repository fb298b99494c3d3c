import { saying } from '@tickets/plugin-kit';
import { metadataChanges, type PersonChanges, TypeRuleError } from '@tickets/plugin-kit/server';
import type { ApplyMode, EditPersonStored } from '../../edit-person-stored.js';
import { STATUS } from '../../lifecycle.js';
import { currentValue, outOfSyncFields } from '../profile-values.js';
import { refusalOf } from '../refusals.js';
import { changeLabel } from './change-label.js';
import type { EditPersonEffect } from './effect-types.js';
import { requirePerson } from './profile.js';
import { changeListArgs, staleListArgs } from './summary-values.js';

/**
 * Makes the requested change to the profile. Refused while the profile holds other values than the
 * old ones the team reviewed: applying then would silently overwrite a change nobody looked at.
 */
function applyAs(mode: ApplyMode): EditPersonEffect<'applyAsFix' | 'applyAsUpdate'> {
  return async ({ metadata, directory }) => {
    const person = await requirePerson(directory, metadata);
    const stale = outOfSyncFields(metadata.fields, person);
    if (stale.length > 0) {
      const differences = staleListArgs(stale.map((f) => ({ field: f.field, now: currentValue(person, f.field), was: f.oldValue })));
      throw new TypeRuleError('precondition', 'edit_person.out_of_sync', refusalOf('outOfSync', differences), { fields: stale.map((f) => f.field) });
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
