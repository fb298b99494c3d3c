// The anonymization mails in English (every key; es and pl hold the same). ICU MessageFormat.
export default {
  hello: 'Hello {name},',
  ticketLink: 'Ticket #{id}',
  scope: '{scope, select, account {account only} other {account and profile}}',
  'received.subject': 'Ticket #{id} received: anonymization ({scope})',
  'received.body': 'We received your request to be forgotten ({scope}). The WCA Results Team will work on it soon.',
  'closed.subject': 'Ticket #{id} closed: {status}',
  'closed.anonymized': 'Your personal data ({scope}) has been anonymized.',
  'closed.other': 'Your anonymization request was closed as {status}.',
  'closed.reason': ' Reason: {reason}',
} as const;
