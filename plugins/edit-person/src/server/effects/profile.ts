import { DomainError } from '@tickets/domain';
import type { DirectoryPerson, PluginDirectory } from '@tickets/plugin-kit/server';
import type { EditPersonStored } from '../../edit-person-stored.js';

/** The profile the request is about, as the directory holds it now. */
export async function requirePerson(directory: PluginDirectory, metadata: Pick<EditPersonStored, 'personId' | 'wcaId'>): Promise<DirectoryPerson> {
  const person = await directory.person(metadata.personId);
  if (!person) {
    throw new DomainError('precondition', 'edit_person.profile_gone', `The competitor profile ${metadata.wcaId} is no longer in the directory; reject the request.`, {
      personId: metadata.personId,
    });
  }
  return person;
}
