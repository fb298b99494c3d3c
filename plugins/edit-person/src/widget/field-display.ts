// How the playground names and shows the profile fields. Types only from the rest of the package:
// its values carry zod, which the browser bundle should not need just for labels.
import type { PersonFieldName } from '../person-fields.js';

/** The fields in the order the form lists them (the same keys as `PERSON_FIELDS`). */
export const FIELD_ORDER: readonly PersonFieldName[] = ['name', 'countryIso2', 'dateOfBirth', 'gender'];

/** Each field as a column or a label names it. */
export const FIELD_TITLES: Readonly<Record<PersonFieldName, string>> = {
  name: 'Name',
  countryIso2: 'Country',
  dateOfBirth: 'Date of birth',
  gender: 'Gender',
};

export const GENDER_WORDS: Readonly<Record<string, string>> = { m: 'Male', f: 'Female', o: 'Other' };

/** What to type in a field's box, said once below it. */
export const FIELD_HINTS: Readonly<Record<PersonFieldName, string>> = {
  name: 'The full name as on the proof, 1–255 characters.',
  countryIso2: "The two-letter ISO code in capitals, e.g. 'PT'.",
  dateOfBirth: 'A date that is not in the future.',
  gender: 'Male, female or other.',
};

function countryName(code: string): string | null {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    // Not a region code Intl knows: show the code alone.
    return null;
  }
}

/** A stored value as a person reads it ("Portugal (PT)", "Female"); null is "not set". */
export function displayValue(field: PersonFieldName, value: string | null): string {
  if (value === null) return 'not set';
  switch (field) {
    case 'countryIso2': {
      const name = countryName(value);
      return name ? `${name} (${value})` : value;
    }
    case 'gender':
      return GENDER_WORDS[value] ?? value;
    default:
      return value;
  }
}

/** Only http(s) links are followed; anything else is shown as text. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
