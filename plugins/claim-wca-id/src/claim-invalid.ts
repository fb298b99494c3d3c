/**
 * What the claim's schemas say of a field, in English: the definition's words list them
 * (`invalid.<name>`, `invalidWords`), so the API answers a field error in the reader's language
 * (the server half's words hold the other languages).
 */
export const INVALID = {
  wcaIdMissing: 'Enter your WCA ID, e.g. 2015SMIT02.',
  wcaIdFormat: 'A WCA ID is 4 digits, 4 letters and 2 digits, e.g. 2015SMIT02.',
  chooseDelegate: 'Choose the Delegate who knows you and can confirm this profile is yours.',
  messageTooLong: 'A message can be at most 2,000 characters long.',
  chooseHandOverDelegate: 'Choose the Delegate to hand the request to.',
} as const;
