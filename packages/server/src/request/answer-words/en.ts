/**
 * What the API refuses with, in English, by the refusal's code: the shape (the arguments, from the
 * refusal's `details`) the other languages follow. An English reader gets the thrown sentence itself,
 * which may say more; these are checked against it in test/answer-words.test.ts.
 */
const en = {
  internal: 'Something went wrong on our side and nothing was changed. Try again; if it keeps happening, tell the software team.',
  database_unavailable: 'The ticket database cannot be reached right now; nothing was changed. Try again in a moment.',
  'ticket.not_found': 'Ticket #{ticketId} does not exist, or you are not one of its stakeholders.',
  'ticket.stale_version': 'Ticket #{ticketId} was changed by someone else since you loaded it (you had version {expectedVersion}, it is now at version {currentVersion}). Reload it and try again.',
  'stakeholder.search_not_allowed': 'You may not add anyone to ticket #{ticketId} or hand it over, so there is no one to look for.',
  'stakeholder.admin_join_forbidden': 'Only site admins can join a ticket on their own; ask one of its stakeholders to add you.',
  'stakeholder.already_active': '{name} is already an active stakeholder of this ticket; nothing to add.',
  'stakeholder.already_inactive': '{name} is already inactive on this ticket; nothing to change.',
  'stakeholder.inactive': 'Cannot hand the ticket on from {name} because it is no longer active on this ticket; hand it on from an active stakeholder.',
  'stakeholder.hand_over_to_same': 'Cannot hand the ticket on from {name} to itself; choose someone else to hand it on to.',
  'stakeholder.last_assignee': 'Cannot make {name} inactive because it is the only active assignee of this ticket; hand the ticket on to someone else instead.',
  rate_limited: 'Too many requests of this kind; try again in {retryAfterSeconds, plural, one {# second} other {# seconds}}.',
} as const;

export type AnswerKey = keyof typeof en;
export default en;
