import type { Viewer } from '@tickets/domain';
import { MetadataFieldError, type PluginDirectory, TypeRuleError } from '@tickets/plugin-kit/server';
import { type EditPersonRequest, needsProof } from '../edit-person-request.js';
import type { EditPersonStored } from '../edit-person-stored.js';
import { valueArgs } from './effects/summary-values.js';
import { currentValue } from './profile-values.js';
import { refusalOf } from './refusals.js';
import { mayEditOthersProfiles } from './requester-rights.js';

export interface FilingContext {
  directory: PluginDirectory;
  requesterId: number;
  requester: Viewer;
  metadata: EditPersonRequest;
}

/**
 * The rules of filing that depend on who files and on the profile, which the metadata schema cannot
 * see: the profile defaults to the requester's own; only the results team and site admins may file
 * for someone else's profile, and only they may leave out the proof. The old values are read from
 * the profile now, so the team later sees each requested value beside what it replaces.
 */
export async function fileRequest({ directory, requesterId, requester: viewer, metadata }: FilingContext): Promise<EditPersonStored> {
  const requester = await directory.user(requesterId);
  const privileged = mayEditOthersProfiles(viewer);
  const personId = metadata.personId ?? requester?.personId ?? null;
  if (personId === null) {
    throw new MetadataFieldError('edit_person.no_profile', ['personId'], refusalOf('noProfile'));
  }
  if (!privileged && requester?.personId !== personId) {
    throw new TypeRuleError('forbidden', 'edit_person.not_your_profile', refusalOf('notYourProfile'), { personId });
  }
  const person = await directory.person(personId);
  // The id as written ('#9999'), not as a number in the reader's style ('#9,999').
  if (!person) throw new MetadataFieldError('edit_person.unknown_profile', ['personId'], refusalOf('unknownProfile', { personId: String(personId) }));
  if (!privileged && needsProof(metadata) && !metadata.proofUrl) {
    throw new MetadataFieldError('edit_person.proof_required', ['proofUrl'], refusalOf('proofRequired'));
  }
  metadata.changes.forEach((change, index) => {
    const current = currentValue(person, change.field);
    if (current === change.newValue) {
      throw new MetadataFieldError('edit_person.unchanged', ['changes', index, 'newValue'], refusalOf('alreadyInProfile', { field: change.field, ...valueArgs('value', current) }));
    }
  });
  return {
    personId: person.id,
    wcaId: person.wcaId,
    fields: metadata.changes.map((change) => ({ field: change.field, oldValue: currentValue(person, change.field), newValue: change.newValue })),
    proofUrl: metadata.proofUrl ?? null,
    profileVersion: person.updatedAt,
    rejectionReason: null,
    appliedAs: null,
  };
}
