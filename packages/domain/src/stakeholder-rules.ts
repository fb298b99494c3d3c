import { DomainError } from './errors.js';
import type { LogEvent, StakeholderLabel } from './log-events.js';
import { samePrincipal, userPrincipal, type PrincipalLabel, type Viewer } from './principals.js';
import type { Connection, NewStakeholder, Stakeholder, StakeholderId, StakeholderRole } from './stakeholder.js';
import { findTicketStakeholder } from './stakeholder-lookup.js';
import { describeStakeholderForPeople } from './stakeholder-wording.js';

/*
 * Plans for changing a ticket's stakeholders. Each plan says which row to insert and/or which row
 * to make inactive, and the log events to write in the same transaction. Rows are never deleted
 * nor edited back to active: the rows themselves are the history of who was responsible when.
 *
 * Who may make these changes is `checkStakeholderChange`'s rule (stakeholder-permissions.ts), which
 * the caller applies first; these functions only keep the stakeholder list coherent.
 */

export type StakeholderLogEvent = Extract<LogEvent, { type: 'stakeholder.added' | 'stakeholder.deactivated' }>;

/** A stakeholder to add: always added active, so it carries no `isActive`. */
export type StakeholderToAdd = Omit<NewStakeholder, 'isActive'>;

export interface AddStakeholderPlan {
  add: NewStakeholder;
  events: StakeholderLogEvent[];
}

export interface HandOverPlan {
  deactivate: StakeholderId;
  add: NewStakeholder;
  events: StakeholderLogEvent[];
}

export interface DeactivateStakeholderPlan {
  deactivate: StakeholderId;
  events: StakeholderLogEvent[];
}

/**
 * Adds a stakeholder, active. Refused (`conflict`) when the principal is already an active
 * stakeholder with the same connection; the same principal with another connection is allowed
 * (e.g. a requester in cc who also becomes the assignee).
 *
 * Adding a principal whose earlier row is inactive adds a new active row instead of reactivating
 * the old one: the old row records a period that ended, and flipping it back would erase that gap
 * from the history and leave its `stakeholder.deactivated` entry pointing at a row that says active.
 */
export function planAddStakeholder(
  stakeholders: readonly Stakeholder[],
  newStakeholder: StakeholderToAdd,
): AddStakeholderPlan {
  const add: NewStakeholder = { ...newStakeholder, isActive: true };
  const duplicate = findActive(stakeholders, add.principal, add.connection);
  if (duplicate !== undefined) {
    throw new DomainError(
      'conflict',
      'stakeholder.already_active',
      `${add.principal.name} is already an active ${add.connection} stakeholder of this ticket (as ${duplicate.role}); nothing to add.`,
      { stakeholderId: duplicate.id, name: add.principal.name },
    );
  }
  return { add, events: [{ type: 'stakeholder.added', stakeholder: labelOf(add) }] };
}

/**
 * Hands a ticket on from one stakeholder to another principal: the new one is added active with the
 * same connection and role, the previous one is kept but made inactive, so the history shows who
 * was responsible when. Refused from an unknown (`not_found`) or inactive (`precondition`)
 * stakeholder, to the same principal (`invalid`), and to a principal that already holds an active
 * row with that connection (`conflict`: make the old one inactive instead).
 */
export function planHandOver(
  stakeholders: readonly Stakeholder[],
  fromStakeholderId: StakeholderId,
  toPrincipal: PrincipalLabel,
): HandOverPlan {
  const from = findTicketStakeholder(stakeholders, fromStakeholderId);
  if (!from.isActive) {
    throw new DomainError(
      'precondition',
      'stakeholder.inactive',
      `Cannot hand the ticket on from ${describeStakeholderForPeople(from)} because it is no longer active on this ticket; hand it on from an active stakeholder.`,
      { stakeholderId: from.id, name: from.principal.name },
    );
  }
  if (samePrincipal(from.principal, toPrincipal)) {
    throw new DomainError(
      'invalid',
      'stakeholder.hand_over_to_same',
      `Cannot hand the ticket on from ${from.principal.name} to ${toPrincipal.name}: they are the same; choose someone else to hand it on to.`,
      { stakeholderId: from.id, name: from.principal.name },
    );
  }
  const add: NewStakeholder = { principal: toPrincipal, connection: from.connection, role: from.role, isActive: true };
  const alreadyThere = findActive(stakeholders, add.principal, add.connection);
  if (alreadyThere !== undefined) {
    throw new DomainError(
      'conflict',
      'stakeholder.already_active',
      `Cannot hand the ticket on to ${toPrincipal.name} because it is already an active ${add.connection} stakeholder of this ticket; make ${from.principal.name} inactive instead.`,
      { stakeholderId: alreadyThere.id, name: toPrincipal.name },
    );
  }
  return {
    deactivate: from.id,
    add,
    events: [
      { type: 'stakeholder.added', stakeholder: labelOf(add) },
      { type: 'stakeholder.deactivated', stakeholder: labelOf(from) },
    ],
  };
}

/**
 * Makes a stakeholder inactive (it keeps read access). Refused when it already is inactive
 * (`conflict`) and when it is the ticket's last active `assigned` stakeholder (`precondition`): a
 * ticket nobody is responsible for silently rots, and handing it on is the way to step back.
 *
 * Nothing else is protected, on purpose. A requester's own row may be made inactive (e.g. to stop a
 * spammer commenting); they still see their ticket, because inactive stakeholders keep read access.
 */
export function planDeactivate(
  stakeholders: readonly Stakeholder[],
  stakeholderId: StakeholderId,
): DeactivateStakeholderPlan {
  const target = findTicketStakeholder(stakeholders, stakeholderId);
  if (!target.isActive) {
    throw new DomainError(
      'conflict',
      'stakeholder.already_inactive',
      `${describeStakeholderForPeople(target)} is already inactive on this ticket; nothing to change.`,
      { stakeholderId: target.id, name: target.principal.name },
    );
  }
  const otherActiveAssignees = stakeholders.filter(
    (stakeholder) => stakeholder.isActive && stakeholder.connection === 'assigned' && stakeholder.id !== target.id,
  );
  if (target.connection === 'assigned' && otherActiveAssignees.length === 0) {
    throw new DomainError(
      'precondition',
      'stakeholder.last_assignee',
      `Cannot make ${target.principal.name} inactive because it is the only active assignee of this ticket; hand the ticket on to someone else instead.`,
      { stakeholderId: target.id, name: target.principal.name },
    );
  }
  return { deactivate: target.id, events: [{ type: 'stakeholder.deactivated', stakeholder: labelOf(target) }] };
}

/**
 * A site admin joins a ticket to help, as a `bcc` stakeholder with the given role (in the loop
 * without taking the ticket over), logged like any other addition. Only site admins may
 * (`forbidden`), and not when they already are an active stakeholder as themselves (`conflict`):
 * they can act through that row. Membership of an active group stakeholder does not prevent
 * joining, since joining lets the admin act in their own name.
 */
export function planAdminJoin(
  viewer: Viewer,
  stakeholders: readonly Stakeholder[],
  role: StakeholderRole,
): AddStakeholderPlan {
  if (!viewer.isSiteAdmin) {
    throw new DomainError(
      'forbidden',
      'stakeholder.admin_join_forbidden',
      'Only site admins can join a ticket on their own; ask one of its stakeholders to add you.',
    );
  }
  const self = { ...userPrincipal(viewer.userId), name: viewer.name };
  const existing = stakeholders.find((stakeholder) => stakeholder.isActive && samePrincipal(stakeholder.principal, self));
  if (existing !== undefined) {
    throw new DomainError(
      'conflict',
      'stakeholder.already_active',
      `You are already an active stakeholder of this ticket as ${describeStakeholderForPeople(existing)}; act through that instead of joining.`,
      { stakeholderId: existing.id, name: existing.principal.name },
    );
  }
  return planAddStakeholder(stakeholders, { principal: self, connection: 'bcc', role });
}

function findActive(
  stakeholders: readonly Stakeholder[],
  principal: PrincipalLabel,
  connection: Connection,
): Stakeholder | undefined {
  return stakeholders.find(
    (stakeholder) =>
      stakeholder.isActive && stakeholder.connection === connection && samePrincipal(stakeholder.principal, principal),
  );
}

function labelOf(stakeholder: NewStakeholder): StakeholderLabel {
  return { principal: stakeholder.principal, connection: stakeholder.connection, role: stakeholder.role };
}
