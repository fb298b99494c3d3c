import { type DirectoryPerson, type PluginDirectory, TypeRuleError } from '@tickets/plugin-kit/server';
import type { EditPersonStored } from '../../edit-person-stored.js';
import { refusalOf } from '../refusals.js';

/** The profile the request is about, as the directory holds it now. */
export async function requirePerson(directory: PluginDirectory, metadata: Pick<EditPersonStored, 'personId' | 'wcaId'>): Promise<DirectoryPerson> {
  const person = await directory.person(metadata.personId);
  if (!person) {
    throw new TypeRuleError('precondition', 'edit_person.profile_gone', refusalOf('profileGone', { wcaId: metadata.wcaId }), { personId: metadata.personId });
  }
  return person;
}
