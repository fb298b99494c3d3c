// The contact form's "received" mail in English (every key; es and pl hold the same). ICU MessageFormat.
export default {
  hello: 'Hello {name},',
  ticketLink: 'Ticket #{id}',
  'received.subject': 'Ticket #{id} received: {title}',
  'received.body': 'We received your message to {team}. The team will answer on the ticket; you will hear from us by mail. You wrote:',
} as const;
