/**
 * What the type's schemas say of a field, in English: the definition's words list them
 * (`invalid.<name>`, `invalidWords`), so the API answers a field error in the reader's language
 * (the server half's words hold the other languages). Fixed sentences: the API finds a field
 * error's words by its English.
 */
export const INVALID = {
  chooseScope: "Choose what to anonymize: 'account' (the account only) or 'account_and_profile' (the account and the competitor profile).",
  giveUserId: 'Give the id of the user to anonymize, or leave it out to anonymize your own account.',
  userIdWhole: 'A user id is a whole number.',
  userIdPositive: 'A user id is a positive number.',
  userIdTooLarge: 'No such user: the id is too large.',
  /** MAX_REASON_LENGTH (1000) characters; also what the kit's rejection input says of a reason too long. */
  reasonTooLong: 'A reason can be at most 1,000 characters long.',
} as const;
