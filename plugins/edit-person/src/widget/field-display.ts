// How the playground names and shows the profile fields, from the zod-free words and codes of
// person-field-names.ts (the schemas in person-fields.ts carry zod, which the browser does not need).
import { GENDER_WORDS, PERSON_NAME_MAX_LENGTH, type PersonFieldName } from '../person-field-names.js';

export { GENDER_WORDS };

/** Each field as a column or a label names it. */
export const FIELD_TITLES: Readonly<Record<PersonFieldName, string>> = {
  name: 'Name',
  countryIso2: 'Country',
  dateOfBirth: 'Date of birth',
  gender: 'Gender',
};


/** What to type in a field's box, said once below it. */
export const FIELD_HINTS: Readonly<Record<PersonFieldName, string>> = {
  name: `The full name as on the proof, 1–${PERSON_NAME_MAX_LENGTH} characters.`,
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
      return value in GENDER_WORDS ? GENDER_WORDS[value as keyof typeof GENDER_WORDS] : value;
    default:
      return value;
  }
}
