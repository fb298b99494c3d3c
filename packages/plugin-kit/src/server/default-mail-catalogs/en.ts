// The core's mail wording in English (for a type that brings no text of its own). ICU MessageFormat.
export default {
  hello: 'Hello {name},',
  ticketLink: 'Ticket #{id}',
  replyLink: 'Reply on ticket #{id}',
  'received.subject': 'Ticket #{id} received: {title}',
  'received.body': 'We received your {type} request "{title}". The team will look at it soon; you will hear from us here.',
  'commented.subject': 'Ticket #{id}: new comment from {from}',
  'commented.intro': '{author} commented on "{title}":',
  'commented.introOnBehalf': '{author} commented on "{title}" on behalf of {group}:',
  'closed.subject': 'Ticket #{id} closed: {status}',
  'closed.body': 'Your request "{title}" is closed with the outcome: {status}.',
} as const;
