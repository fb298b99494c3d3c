// The edit-person mails in English (every key; es and pl hold the same). ICU MessageFormat.
export default {
  hello: 'Hello {name},',
  ticketLink: 'Ticket #{id}',
  'received.subject': 'Ticket #{id} received: your profile change ({wcaId})',
  'received.body': 'We received your request to change the {fields} of the competitor profile {wcaId}. The WCA Results Team will review it; you can follow it on the ticket page.',
  'closed.subject': 'Ticket #{id} closed: {status}',
  'closed.applied': 'The requested change to the {fields} of {wcaId} was applied to the profile.',
  'closed.other': 'Your request to change the profile {wcaId} was closed as {status}.',
  'closed.reason': ' Reason: {reason}',
  'field.name': 'name',
  'field.countryIso2': 'country',
  'field.dateOfBirth': 'date of birth',
  'field.gender': 'gender',
} as const;
