import type { DirectoryPerson, DirectoryUser, PluginDirectory, SqlClient } from '@tickets/plugin-kit/server';
import type { SubjectRecords } from '../preview.js';

/** Where the server reads the directory: an effect's or a filing's context fits. */
export interface DirectorySources {
  readonly db: SqlClient;
  readonly directory: PluginDirectory;
}

export interface DirectorySubject extends SubjectRecords {
  readonly user: DirectoryUser;
  readonly person: DirectoryPerson | null;
}

/** The user to be forgotten, the profile they are linked to now and its history count; null when the user is unknown. */
export async function readSubjectRecords({ directory }: DirectorySources, userId: number): Promise<DirectorySubject | null> {
  const user = await directory.user(userId);
  if (!user) return null;
  const person = user.personId === null ? null : await directory.person(user.personId);
  const personHistoryCount = person ? await directory.personHistoryCount(person.id) : 0;
  return { user, person, personHistoryCount };
}
