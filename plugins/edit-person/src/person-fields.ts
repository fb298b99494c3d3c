import { z } from 'zod';
import { INVALID } from './invalid-sentences.js';
import { GENDER_WORDS, PERSON_FIELDS, PERSON_NAME_MAX_LENGTH } from './person-field-names.js';

export { capitalisedLabel, FIELD_LABELS, FIELDS_NEEDING_PROOF, GENDER_WORDS, PERSON_FIELDS } from './person-field-names.js';
export const PersonFieldName = z.enum(PERSON_FIELDS, { error: INVALID.fieldUnknown });
export type PersonFieldName = z.infer<typeof PersonFieldName>;

/** Today as `YYYY-MM-DD` in UTC; a birthday is a calendar date, so UTC is close enough. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

const PersonName = z
  .string()
  .trim()
  .min(1, INVALID.nameEmpty)
  .max(PERSON_NAME_MAX_LENGTH, INVALID.nameTooLong);

const CountryIso2 = z.string().regex(/^[A-Z]{2}$/, INVALID.countryCode);

const DateOfBirth = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: INVALID.dateOfBirthFormat, abort: true })
  .refine(isCalendarDate, INVALID.dateNotInCalendar)
  .refine((value) => value <= today(), INVALID.dateOfBirthInFuture);

const Gender = z.enum(Object.keys(GENDER_WORDS) as [keyof typeof GENDER_WORDS], { error: INVALID.genderCode });

/** What a valid new value of each field looks like. */
export const FIELD_VALUE_SCHEMAS: Readonly<Record<PersonFieldName, z.ZodType<string>>> = {
  name: PersonName,
  countryIso2: CountryIso2,
  dateOfBirth: DateOfBirth,
  gender: Gender,
};

/**
 * One requested change: a field and its new value, checked by that field's own rule. The value is
 * checked after the field is known, so each error sits at `newValue` and names the field's format.
 */
export const FieldChange = z
  .object({ field: PersonFieldName, newValue: z.string({ error: INVALID.newValueText }) })
  .transform((change, ctx) => {
    const value = FIELD_VALUE_SCHEMAS[change.field].safeParse(change.newValue);
    if (!value.success) {
      for (const issue of value.error.issues) ctx.addIssue({ code: 'custom', path: ['newValue'], message: issue.message });
      return z.NEVER;
    }
    return { field: change.field, newValue: value.data };
  });
export type FieldChange = z.output<typeof FieldChange>;

/** A field by how people name it, for messages ("Date of birth is listed twice"). */
