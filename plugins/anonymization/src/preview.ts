import { z } from 'zod';
import { type AnonymizationScope, includesProfile } from './anonymization-scope.js';

/*
 * The preview: every record and field anonymizing will replace, with its current value, so the
 * results team sees exactly what is about to be forgotten. It is a pure function of the directory's
 * records, so the server stores it on the ticket and a playground can compute the same from the
 * records it shows.
 */

/** The directory's name for a person it has anonymized; such a profile has nothing left to forget. */
export const ANONYMOUS_PERSON_NAME = 'Anonymous';

export const PreviewRecord = z.enum(['user', 'person', 'person_history']);
export type PreviewRecord = z.infer<typeof PreviewRecord>;

/** `rows` is the number of the person's history entries anonymizing deletes. */
export const PreviewField = z.enum(['name', 'email', 'dateOfBirth', 'gender', 'rows']);
export type PreviewField = z.infer<typeof PreviewField>;

export const PreviewEntry = z.object({
  record: PreviewRecord,
  /** The user's id for `user`; the person's id for `person` and `person_history`. */
  recordId: z.number().int().positive(),
  field: PreviewField,
  currentValue: z.union([z.string(), z.number(), z.null()]),
});
export type PreviewEntry = z.infer<typeof PreviewEntry>;

export const AnonymizationPreview = z.object({
  /** When the directory was read. */
  takenAt: z.iso.datetime({ offset: true }),
  entries: z.array(PreviewEntry),
});
export type AnonymizationPreview = z.infer<typeof AnonymizationPreview>;

/** The parts of a directory user the preview reads (a `DirectoryUser` fits). */
export interface PreviewUser {
  readonly id: number;
  readonly name: string;
  readonly email: string | null;
  readonly anonymizedAt: string | null;
}

/** The parts of a directory person the preview reads (a `DirectoryPerson` fits). */
export interface PreviewPerson {
  readonly id: number;
  readonly name: string;
  readonly dateOfBirth: string | null;
  readonly gender: string | null;
}

/** The directory's records about the person to be forgotten. */
export interface SubjectRecords {
  readonly user: PreviewUser;
  /** The competitor profile the user is linked to, if any. */
  readonly person: PreviewPerson | null;
  /** How many history entries the person has. */
  readonly personHistoryCount: number;
}

/** Whether the profile already holds only what the directory writes when it anonymizes one. */
export function isAnonymousPerson(person: PreviewPerson): boolean {
  return person.name === ANONYMOUS_PERSON_NAME && person.dateOfBirth === null && person.gender === null;
}

/**
 * What anonymizing in this scope will replace, given the records as they are now. Records already
 * anonymized are left out (the directory leaves them alone), so an empty list means there is
 * nothing left to do.
 */
export function anonymizationPreview(scope: AnonymizationScope, { user, person, personHistoryCount }: SubjectRecords): PreviewEntry[] {
  const entries: PreviewEntry[] = [];
  if (user.anonymizedAt === null) {
    entries.push({ record: 'user', recordId: user.id, field: 'name', currentValue: user.name });
    entries.push({ record: 'user', recordId: user.id, field: 'email', currentValue: user.email });
  }
  if (includesProfile(scope) && person !== null && !isAnonymousPerson(person)) {
    entries.push({ record: 'person', recordId: person.id, field: 'name', currentValue: person.name });
    entries.push({ record: 'person', recordId: person.id, field: 'dateOfBirth', currentValue: person.dateOfBirth });
    entries.push({ record: 'person', recordId: person.id, field: 'gender', currentValue: person.gender });
    if (personHistoryCount > 0) entries.push({ record: 'person_history', recordId: person.id, field: 'rows', currentValue: personHistoryCount });
  }
  return entries;
}
