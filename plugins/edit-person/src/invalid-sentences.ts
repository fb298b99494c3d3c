import { capitalisedLabel, PERSON_FIELDS, PERSON_NAME_MAX_LENGTH, type PersonFieldName } from './person-field-names.js';

/** "Gender is listed twice; …": one fixed sentence per field, so each can be said in the reader's language. */
const LISTED_TWICE = Object.fromEntries(PERSON_FIELDS.map((field) => [`${field}ListedTwice`, `${capitalisedLabel(field)} is listed twice; list each field once.`])) as {
  readonly [Field in PersonFieldName as `${Field}ListedTwice`]: string;
};

/**
 * What the type's schemas say of a field (edit-person-request.ts, person-fields.ts, actions.ts), as
 * its words `invalid.<name>` (ticket-type.ts spreads `invalidWords(INVALID)`): the server half's
 * words hold each in Spanish and Polish, so the API says a refused field in the reader's language.
 * Each is a fixed sentence (the API finds the words by the English).
 */
export const INVALID = {
  personIdWhole: 'A person id is a whole number.',
  personIdPositive: 'A person id is a positive number.',
  personIdTooLarge: 'No such person id: it is too large.',
  changesAtLeastOne: 'Ask for at least one change.',
  proofNotALink: 'Proof is a link to a document, starting with https://.',
  proofRequired: 'Add a link to proof (e.g. a scan of an identity document) when you change your name, country or date of birth.',
  ...LISTED_TWICE,
  fieldUnknown: `A field is one of: ${PERSON_FIELDS.join(', ')}.`,
  newValueText: 'Give the new value as text.',
  nameEmpty: 'A name needs at least one character.',
  nameTooLong: `A name can be at most ${PERSON_NAME_MAX_LENGTH} characters long.`,
  countryCode: "A country is its two-letter ISO code in capitals, e.g. 'PT'.",
  dateOfBirthFormat: "A date of birth is written YYYY-MM-DD, e.g. '1998-04-12'.",
  dateNotInCalendar: 'That date does not exist in the calendar.',
  dateOfBirthInFuture: 'A date of birth cannot be in the future.',
  genderCode: "Gender is 'm' (male), 'f' (female) or 'o' (other).",
  withdrawalTooLong: 'A reason can be at most 500 characters long.',
} as const;
