// The profile fields as words and codes, without their schemas: the playground shows them in the
// browser, where zod is not bundled (person-fields.ts builds the rules on these).

/** The profile fields a person may ask to change, by their key in the directory, in the order forms list them. */
export const PERSON_FIELDS = ['name', 'countryIso2', 'dateOfBirth', 'gender'] as const;
export type PersonFieldName = (typeof PERSON_FIELDS)[number];

/** How people name each field in sentences ("changed requested date of birth …"). */
export const FIELD_LABELS: Readonly<Record<PersonFieldName, string>> = {
  name: 'name',
  countryIso2: 'country',
  dateOfBirth: 'date of birth',
  gender: 'gender',
};

/** The fields whose change needs proof (an identity document), unless the team files the request. */
export const FIELDS_NEEDING_PROOF: readonly PersonFieldName[] = ['name', 'countryIso2', 'dateOfBirth'];

/** The longest name the directory keeps. */
export const PERSON_NAME_MAX_LENGTH = 255;

/** The gender codes the directory keeps, with their words. */
export const GENDER_WORDS = { m: 'Male', f: 'Female', o: 'Other' } as const;
export type GenderCode = keyof typeof GENDER_WORDS;

export function capitalisedLabel(field: PersonFieldName): string {
  const label = FIELD_LABELS[field];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
