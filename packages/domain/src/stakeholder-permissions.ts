import { z } from 'zod';
import { DomainError } from './errors.js';
import type { Viewer } from './principals.js';
import { Connection, type Stakeholder, type StakeholderId } from './stakeholder.js';
import { findTicketStakeholder } from './stakeholder-lookup.js';
import { listAlternatives } from './stakeholder-wording.js';
import { describeMover, Mover, moverMatches } from './transitions.js';

/*
 * Who may change a ticket's stakeholders. The people working on a ticket (its active `assigned`
 * stakeholders) and site admins add, hand over and deactivate anyone; everyone else who may act on
 * it (the requester, people in cc or bcc) may only add people in cc. Without this, a requester
 * could hand the team's assignment to someone else and the team could no longer act on the ticket.
 *
 * A ticket type may narrow this further (never widen it): e.g. only a Delegate hands a claim on.
 * These checks say whether the change is permitted; the plans (`planHandOver`, …) still decide
 * whether it keeps the stakeholder list coherent.
 */

/**
 * How a ticket type narrows who may change its stakeholders. `assignees`: who may add, hand over or
 * deactivate an `assigned` stakeholder, on top of the core rule (e.g. `[{ group: 'Delegates' }]`).
 * It binds site admins too: the type knows who may take its tickets on.
 */
export const StakeholderChangeRules = z.strictObject({
  assignees: z
    .array(Mover)
    .min(1, 'List at least one principal who may change the assignees, or leave `assignees` out.')
    .optional(),
});
export type StakeholderChangeRules = z.infer<typeof StakeholderChangeRules>;

/** A change to a ticket's stakeholders, as far as who may make it is concerned. */
export type StakeholderChange =
  | { readonly kind: 'add'; readonly connection: Connection }
  | { readonly kind: 'handOver'; readonly stakeholderId: StakeholderId }
  | { readonly kind: 'deactivate'; readonly stakeholderId: StakeholderId }
  /** A site admin joining in bcc to help (see `planAdminJoin`). */
  | { readonly kind: 'join' };

export interface StakeholderChangeCheckInput {
  readonly ticketId: number;
  readonly stakeholders: readonly Stakeholder[];
  readonly viewer: Viewer;
  /**
   * The stakeholder the viewer acts as, resolved by `resolveActingAs` (active, embodied by them);
   * null only for a site admin joining, who is not a stakeholder yet.
   */
  readonly actingAs: Stakeholder | null;
  readonly change: StakeholderChange;
  /** The ticket type's narrowing, if it declares one. */
  readonly rules?: StakeholderChangeRules | undefined;
}

export type StakeholderChangeCheck =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: StakeholderChangeRefusal; readonly reason: string };

/**
 * `change_forbidden`: the core rule refuses; `change_narrowed`: the ticket type's rule does;
 * `admin_join_forbidden`: someone not a site admin tried to join.
 */
export type StakeholderChangeRefusal = 'stakeholder.change_forbidden' | 'stakeholder.change_narrowed' | 'stakeholder.admin_join_forbidden';

/** Whether this viewer, acting as this stakeholder, may make this change to the ticket's stakeholders. */
export function checkStakeholderChange(input: StakeholderChangeCheckInput): StakeholderChangeCheck {
  const { ticketId, viewer, actingAs, change, rules } = input;
  if (change.kind === 'join') {
    return viewer.isSiteAdmin
      ? { allowed: true }
      : { allowed: false, code: 'stakeholder.admin_join_forbidden', reason: 'Only site admins can join a ticket on their own; ask one of its stakeholders to add you.' };
  }
  const target = change.kind === 'add' ? null : findTicketStakeholder(input.stakeholders, change.stakeholderId);
  const worksOnIt = viewer.isSiteAdmin || (actingAs !== null && actingAs.isActive && actingAs.connection === 'assigned');
  const addsInCc = change.kind === 'add' && change.connection === 'cc';
  if (!worksOnIt && !addsInCc) {
    return { allowed: false, code: 'stakeholder.change_forbidden', reason: `Only the people working on ticket #${ticketId} or a site admin can ${doing(change, target)}; you can add people in cc.` };
  }
  const touchesAssignees = target === null ? change.kind === 'add' && change.connection === 'assigned' : target.connection === 'assigned';
  const narrowed = rules?.assignees;
  if (touchesAssignees && narrowed !== undefined && !(actingAs !== null && narrowed.some((mover) => moverMatches(mover, actingAs, viewer)))) {
    return {
      allowed: false,
      code: 'stakeholder.change_narrowed',
      reason: `Only ${listAlternatives(narrowed.map(describeMover))} can ${doing(change, target)} on ticket #${ticketId}.`,
    };
  }
  return { allowed: true };
}

/** `checkStakeholderChange`, throwing `forbidden` with the reason when refused. */
export function assertStakeholderChange(input: StakeholderChangeCheckInput): void {
  const check = checkStakeholderChange(input);
  if (!check.allowed) {
    const about = 'stakeholderId' in input.change ? { stakeholderId: input.change.stakeholderId } : {};
    throw new DomainError('forbidden', check.code, check.reason, { change: input.change.kind, ...about });
  }
}

/** The stakeholder changes open to a viewer acting as one stakeholder, so a client offers only those. */
export interface StakeholderChangesOpen {
  /** The connections they may add someone with. */
  add: Connection[];
  /** The active stakeholders whose part they may hand over. */
  handOver: StakeholderId[];
  /** The active stakeholders they may make inactive (the plan may still refuse the last assignee). */
  deactivate: StakeholderId[];
}

export function stakeholderChangesOpen(input: Omit<StakeholderChangeCheckInput, 'change'>): StakeholderChangesOpen {
  const allows = (change: StakeholderChange) => checkStakeholderChange({ ...input, change }).allowed;
  const active = input.stakeholders.filter((stakeholder) => stakeholder.isActive).map((stakeholder) => stakeholder.id);
  return {
    add: Connection.options.filter((connection) => allows({ kind: 'add', connection })),
    handOver: active.filter((stakeholderId) => allows({ kind: 'handOver', stakeholderId })),
    deactivate: active.filter((stakeholderId) => allows({ kind: 'deactivate', stakeholderId })),
  };
}

function doing(change: Exclude<StakeholderChange, { kind: 'join' }>, target: Stakeholder | null): string {
  if (change.kind === 'add') return change.connection === 'assigned' ? 'assign someone' : `add someone in ${change.connection}`;
  const name = target?.principal.name ?? `stakeholder #${change.stakeholderId}`;
  const part = target?.connection === 'assigned' ? 'assignment' : 'place';
  return change.kind === 'handOver' ? `hand over ${name}'s ${part}` : `remove ${name}`;
}
