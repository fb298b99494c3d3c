// The kit's own words in English (every key; es and pl hold the same): what its shared parts of a
// playground say (RejectForm, NotAllowed, a refusal with no answer). ICU MessageFormat. A plugin's
// words are in its own catalogs; what the server says (a reason, an action's title) comes as an argument.
export default {
  'notAllowed.fallback': 'You cannot {action} on this ticket.',
  'refusal.noAnswer': 'The action could not be run. Try again.',
  'reject.label': 'Reason for rejecting',
  'reject.help': '{help} {min, number} to {max, number} characters.',
  'reject.tooLong': 'A reason can be at most {max, number} characters long.',
  'reject.tooShort': 'Say why the {what} is rejected; the requester reads it.',
  'reject.pending': 'Rejecting…',
  'reject.cancel': 'Cancel',
  'webLink.notLink': '{address} (not a web link; not opened)',
} as const;
