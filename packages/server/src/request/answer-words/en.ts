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
  'ticket.already_closed': 'Ticket #{ticketId} is already closed. To record a different outcome, set another closed status instead.',
  'ticket.already_open': 'Ticket #{ticketId} is already open. To move it to another step, set its status instead.',
  'ticket.duplicate_of_itself': 'Ticket #{ticketId} cannot be a duplicate of itself; choose the ticket it repeats.',
  'ticket.change_type_not_allowed': 'Only the people working on this ticket (its assigned stakeholders) and site admins can move it to another type.',
  'stakeholder.not_found': 'Stakeholder #{stakeholderId} is not a stakeholder of this ticket; reload the ticket and choose one of its stakeholders.',
  'namespace.too_many_statuses': 'A namespace can only have a maximum of {limit} statuses.',
  'namespace.too_many_lifecycles': 'A namespace can only have a maximum of {limit} lifecycles.',
  'status.not_found': 'Status #{statusId} does not exist in this namespace.',
  'status.system_copy_removed':
    "Status #{statusId} is the system-defined status ''{systemStatus}''. This namespace uses its own statuses and has removed its copy of ''{systemStatus}''; choose one of the namespace's current statuses.",
  'status.reorder_empty': 'List the statuses to reorder.',
  'lifecycle.not_found': 'Lifecycle #{lifecycleId} does not exist in this namespace.',
  'lifecycle.too_many_statuses': 'Lifecycle can only have a maximum of {limit} statuses.',
  rate_limited: 'Too many requests of this kind; try again in {retryAfterSeconds, plural, one {# second} other {# seconds}}.',
} as const;

export type AnswerKey = keyof typeof en;
export default en;
