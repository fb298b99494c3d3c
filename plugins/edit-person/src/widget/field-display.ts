// How the playground names and shows the profile fields in the reader's language (its catalogs),
// from the zod-free codes of person-field-names.ts (the schemas in person-fields.ts carry zod, which
// the browser does not need).
import type { Translate } from '@tickets/plugin-kit/widget';
import { GENDER_WORDS, PERSON_NAME_MAX_LENGTH, type PersonFieldName } from '../person-field-names.js';
import type { EditPersonMessageKey } from './i18n/messages.js';

type T = Translate<EditPersonMessageKey>;

/** The gender codes the directory keeps, in the order a choice lists them. */
export const GENDER_CODES = Object.keys(GENDER_WORDS) as Array<keyof typeof GENDER_WORDS>;

/** A field as a column or a label names it ("Date of birth"). */
export function fieldTitle(field: PersonFieldName, t: T): string {
  return t(`field.${field}`);
}

/** What to type in a field's box, said once below it. */
export function fieldHint(field: PersonFieldName, t: T): string {
  return field === 'name' ? t('hint.name', { max: PERSON_NAME_MAX_LENGTH }) : t(`hint.${field}`);
}

function countryName(code: string, locale: string): string | null {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    // Not a region code Intl knows: show the code alone.
    return null;
  }
}

/** A stored value as a person reads it in `locale` ("Portugal (PT)", "Female"); null is "not set". */
export function displayValue(field: PersonFieldName, value: string | null, t: T, locale: string): string {
  if (value === null) return t('value.notSet');
  switch (field) {
    case 'countryIso2': {
      const name = countryName(value, locale);
      return name ? t('value.country', { name, code: value }) : value;
    }
    case 'gender':
      return value in GENDER_WORDS ? t(`gender.${value as keyof typeof GENDER_WORDS}`) : value;
    default:
      return value;
  }
}
