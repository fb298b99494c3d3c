import { z } from 'zod';

/** The profile fields a person may ask to change, by their key in the directory. */
export const PERSON_FIELDS = ['name', 'countryIso2', 'dateOfBirth', 'gender'] as const;
export const PersonFieldName = z.enum(PERSON_FIELDS, { error: `A field is one of: ${PERSON_FIELDS.join(', ')}.` });
export type PersonFieldName = z.infer<typeof PersonFieldName>;

/** How people name each field in sentences ("changed requested date of birth …"). */
export const FIELD_LABELS: Readonly<Record<PersonFieldName, string>> = {
  name: 'name',
  countryIso2: 'country',
  dateOfBirth: 'date of birth',
  gender: 'gender',
};

/** The fields whose change needs proof (an identity document), unless the team files the request. */
export const FIELDS_NEEDING_PROOF: readonly PersonFieldName[] = ['name', 'countryIso2', 'dateOfBirth'];

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
  .min(1, 'A name needs at least one character.')
  .max(255, 'A name can be at most 255 characters long.');

const CountryIso2 = z.string().regex(/^[A-Z]{2}$/, "A country is its two-letter ISO code in capitals, e.g. 'PT'.");

const DateOfBirth = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "A date of birth is written YYYY-MM-DD, e.g. '1998-04-12'.", abort: true })
  .refine(isCalendarDate, 'That date does not exist in the calendar.')
  .refine((value) => value <= today(), 'A date of birth cannot be in the future.');

const Gender = z.enum(['m', 'f', 'o'], { error: "Gender is 'm' (male), 'f' (female) or 'o' (other)." });

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
  .object({ field: PersonFieldName, newValue: z.string({ error: 'Give the new value as text.' }) })
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
export function capitalisedLabel(field: PersonFieldName): string {
  const label = FIELD_LABELS[field];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
