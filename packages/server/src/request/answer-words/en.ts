/**
 * What the API refuses with, in English, by the refusal's code: the shape (the arguments, from the
 * refusal's `details`) the other languages follow. An English reader gets the thrown sentence itself,
 * which may say more; these are checked against it in test/answer-words.test.ts. A list the details
 * carry is joined with commas, as the sentence shows it, except that the sentence ends a list of
 * stakeholders with "or" or "and"; a status's other categories in `status.reorder_mixed_categories`
 * are said only as "another category".
 */
import { LIMITS, STATUS_FIELD_MESSAGES, TITLE_MESSAGES } from '@tickets/domain';
import { invalidWords } from '@tickets/plugin-kit';
import { COMMENT_BODY_MAX_LENGTH, COMMENT_MESSAGES } from '../../modules/comments/comment-body.js';

/**
 * What the core's schemas say of a field (a ticket's title, a comment, a status's name, colour and
 * description, a lifecycle's name), by the sentence they give: a field error with one of these is
 * answered in the reader's language (`invalid.<name>`).
 */
export const CORE_FIELD_SENTENCES = invalidWords({
  titleEmpty: TITLE_MESSAGES.empty,
  titleTooLong: TITLE_MESSAGES.tooLong,
  titleControl: TITLE_MESSAGES.control,
  titleBidi: TITLE_MESSAGES.bidi,
  titleInvisible: TITLE_MESSAGES.invisible,
  commentNotText: COMMENT_MESSAGES.notText,
  commentEmpty: COMMENT_MESSAGES.empty,
  commentTooLong: COMMENT_MESSAGES.tooLong,
  statusNameEmpty: STATUS_FIELD_MESSAGES.nameEmpty,
  statusNameTooLong: STATUS_FIELD_MESSAGES.nameTooLong,
  statusNameControl: STATUS_FIELD_MESSAGES.nameControl,
  statusNameQuoted: STATUS_FIELD_MESSAGES.nameQuoted,
  statusDescriptionTooLong: STATUS_FIELD_MESSAGES.descriptionTooLong,
  colour: STATUS_FIELD_MESSAGES.colour,
  lifecycleNameEmpty: STATUS_FIELD_MESSAGES.lifecycleNameEmpty,
  lifecycleNameTooLong: STATUS_FIELD_MESSAGES.lifecycleNameTooLong,
  lifecycleNameControl: STATUS_FIELD_MESSAGES.lifecycleNameControl,
});

/** The limits the field sentences name, for the other languages' sentences. */
export const FIELD_LIMITS = {
  title: LIMITS.ticketTitleMaxLength,
  comment: COMMENT_BODY_MAX_LENGTH,
  statusName: LIMITS.statusNameMaxLength,
  statusDescription: LIMITS.statusDescriptionMaxLength,
  lifecycleName: LIMITS.lifecycleNameMaxLength,
} as const;

const en = {
  ...CORE_FIELD_SENTENCES,
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
  'status.name_taken': "This namespace already has a status named ''{name}'' (names are compared ignoring case). Choose another name.",
  'status.system_defined': "Status ''{name}'' is system-defined. Convert the namespace to custom statuses first, then edit its copy.",
  'status.default_category_change': "Cannot move status ''{name}'' to the {category, select, to_do {to do} in_progress {in progress} other {{category}}} category because it is the default {role} status of lifecycle ''{lifecycleName}''. Choose another default {role} status for that lifecycle first.",
  'status.state_change_in_use': "Cannot move status ''{name}'' to the {category, select, to_do {to do} in_progress {in progress} other {{category}}} category: {ticketsUsingIt} {ticketsUsingIt, plural, one {ticket is} other {tickets are}} on it and would change from {from} to {to}. Create a {to} status instead, move the tickets to it, then remove ''{name}''.",
  'status.reorder_mixed_categories': "Reorder the statuses of one category at a time: ''{name}'' is in {category, select, to_do {to do} in_progress {in progress} other {{category}}}, but {others} {otherCount, plural, one {is in another category} other {are in other categories}}.",
  'status_removal.in_use': "Cannot remove status ''{name}''{scope, select, lifecycle { from lifecycle} other {}} because it is in use and no mapping is provided.",
  'status_removal.default_is_removed': "Status ''{name}'' cannot be the default {role} status of lifecycle ''{lifecycleName}'' because it is being removed. Choose another default {role} status.",
  'status_removal.default_without_successor': "Cannot remove status ''{name}'' from lifecycle ''{lifecycleName}'' because it is the default {role} status. Choose another default {role} status (in the {role, select, open {triage, to do or in progress} other {done or canceled}} category) first.",
  'status_removal.mapping_not_in_lifecycle': "Cannot map status ''{name}'' to status #{mapping} because it is not part of lifecycle ''{lifecycleName}''.{choiceCount, plural, =0 {} one { Choose one of: {choices}.} other { Choose one of: {choices}.}}",
  'status_removal.mapping_to_itself': "Cannot map status ''{name}'' to itself, because it is being removed.{choiceCount, plural, =0 {} one { Choose one of: {choices}.} other { Choose one of: {choices}.}}",
  'status_removal.mapping_state_mismatch': "Cannot map status ''{name}'' ({category, select, to_do {to do} in_progress {in progress} other {{category}}}) to ''{targetName}'' ({targetCategory, select, to_do {to do} in_progress {in progress} other {{targetCategory}}}): tickets would change from {from} to {to}. Map it to another {from} status.{choiceCount, plural, =0 {} one { Choose one of: {choices}.} other { Choose one of: {choices}.}}",
  'lifecycle.name_taken': "Lifecycles ''{lifecycleName}'' and ''{otherLifecycleName}'' have the same name (names are compared ignoring case). Rename one of them.",
  'lifecycle.in_use': "Cannot delete lifecycle ''{lifecycleName}'' because ticket {typeCount, plural, one {type {types} follows it. Attach it} other {types {types} follow it. Attach them}} to another lifecycle first.",
  'lifecycle.is_default': "Cannot delete lifecycle ''{lifecycleName}'' because it is the namespace's default lifecycle: every ticket type attached to no other lifecycle follows it.",
  'transition.not_allowed': "{rule, select, final {A ticket in ''{fromStatus}'' cannot move to ''{toStatus}''; it cannot move to any other status.} no_path {A ticket in ''{fromStatus}'' cannot move to ''{toStatus}''; it can move to: {choices}.} other {Only {movedBy, select, requester {the requester} actioner {the actioner} assigned {an assigned stakeholder} cc {a cc stakeholder} bcc {a bcc stakeholder} other {{movers}}} may move this ticket from ''{fromStatus}'' to ''{toStatus}''.}}",
  'stakeholder.acting_as_required': 'You can act on this ticket as {actableAs}; choose which one you act as.',
  'stakeholder.not_a_member': 'You cannot act on behalf of {name} because {principalKind, select, user {you are not {name}} other {you are not a member of it}}.{choiceCount, plural, =0 {} one { You can act as {actableAs}.} other { You can act as {actableAs}.}}',
  'stakeholder.acting_as_inactive': '{name} is no longer active on this ticket; only active stakeholders can act.{choiceCount, plural, =0 {} one { You can act as {actableAs}.} other { You can act as {actableAs}.}}',
  'stakeholder.cannot_act': '{reason, select, inactive {You can read this ticket but not act on it, because {inactive, select, you {you are} you_and_others {you and {inactiveNames} are} other {{inactiveNames} {inactiveCount, plural, one {is} other {are}}}} no longer active on it; ask one of its active stakeholders to add you again.} other {You are not a stakeholder of this ticket, so you cannot act on it; {advice, select, join_as_bcc {as a site admin, join it as a bcc stakeholder first} other {ask one of its stakeholders to add you}}.}}',
  rate_limited: 'Too many requests of this kind; try again in {retryAfterSeconds, plural, one {# second} other {# seconds}}.',
} as const;

export type AnswerKey = keyof typeof en;
export default en;
