// The claim's mails in English (every key; es and pl hold the same). ICU MessageFormat.
export default {
  hello: 'Hello {name},',
  ticketLink: 'Ticket #{id}',
  'received.subject': 'Ticket #{id} received: your claim of WCA ID {wcaId}',
  'received.body': 'We received your request to link your account to the WCA ID {wcaId}. The Delegate you named will confirm that the profile is yours.',
  'closed.subject': 'Ticket #{id} closed: {status}',
  'closed.rejected': 'Your claim of the WCA ID {wcaId} was not confirmed. Reason: {reason}',
  'closed.other': 'Your claim of the WCA ID {wcaId} was closed as {status}.',
} as const;
