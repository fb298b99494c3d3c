// The WCA ID claim playground's words in English (every key; es and pl hold the same). ICU
// MessageFormat. Names, ids and what the requester wrote, and the actions' titles and reasons the
// API sends, come in as arguments or as they are.
export default {
  'claim.heading': 'Claim of WCA ID {wcaId}',
  'claim.label': 'The claim',
  'claim.wcaId': 'WCA ID',
  'claim.profile': '(profile {personId})',
  'claim.claimedBy': 'Claimed by',
  'claim.message': 'Their message',
  'claim.noMessage': 'No message.',
  'claim.delegate': 'With Delegate',
  'claim.rejection': 'Reason for rejecting',
  'history.heading': 'Handed over',
  'history.none': 'Not handed over: still with the Delegate the requester named.',
  'decide.heading': 'Decide',
  'reject.what': 'claim',
  'reject.help': 'The requester reads this.',
  'people.named': '{name} (user {id})',
  'people.unnamed': 'User {id}',
  'approve.question': 'Link the account of {requester} to the profile {wcaId}? The ticket closes as Approved, and the link cannot be undone from here.',
  'approve.pending': 'Approving…',
  'approve.confirm': 'Yes, link the account',
  'approve.cancel': 'Cancel',
  'handOver.userId': 'Delegate’s user id',
  'handOver.help':
    'The number the site’s directory gives the Delegate (searching by name is not available yet: ask them for it). They must be a member of Delegates, and neither you nor the requester. The request, and the decision, then pass to them.',
  'handOver.badId': "Give the Delegate's user id, a whole number such as 6.",
  'handOver.pending': 'Handing over…',
} as const;
