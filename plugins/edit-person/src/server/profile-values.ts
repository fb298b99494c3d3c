import type { DirectoryPerson } from '@tickets/plugin-kit/server';
import type { RequestedField } from '../edit-person-stored.js';
import type { PersonFieldName } from '../person-fields.js';

/** The profile's current value of a field (null when the profile does not have one). */
export function currentValue(person: DirectoryPerson, field: PersonFieldName): string | null {
  return person[field];
}

/** The requested fields whose old value is no longer what the profile holds. */
export function outOfSyncFields(fields: readonly RequestedField[], person: DirectoryPerson): RequestedField[] {
  return fields.filter((requested) => currentValue(person, requested.field) !== requested.oldValue);
}
