import { z } from 'zod';
import { DomainError } from './errors.js';
import type { ResolvedLifecycle } from './lifecycle.js';
import type { Viewer } from './principals.js';
import { Connection, type Stakeholder, StakeholderRole } from './stakeholder.js';
import { listAlternatives } from './stakeholder-wording.js';
import { sameName } from './status-fields.js';
import type { Status } from './statuses.js';

/*
 * A ticket-type plugin may declare which status may follow which, and who may make those moves.
 * Plugins ship their lifecycle by status name (each namespace gives the statuses its own ids), so
 * the table is keyed by name, compared ignoring case like status names are.
 */

/** Who may make a move: the acting stakeholder's role or connection, or a group by its name. */
export const Mover = z.union([
  /** The stakeholder the user acts as has this role (e.g. the requester withdrawing a request). */
  z.strictObject({ role: StakeholderRole }),
  /** The user is a member of a group of this name (e.g. 'WRT'), or acts as it. */
  z.strictObject({ group: z.string().trim().min(1) }),
  /** The stakeholder the user acts as is connected this way (e.g. assigned). */
  z.strictObject({ connection: Connection }),
]);
export type Mover = z.infer<typeof Mover>;

/**
 * The moves allowed out of one status. `by` applies to every move out of it; without `by`, anyone
 * who may act on the ticket may make them. An empty `to` makes the status final.
 */
export const TransitionRule = z.strictObject({
  to: z.array(z.string().trim().min(1)),
  by: z.array(Mover).min(1, 'List at least one mover, or leave `by` out to let anyone who may act move the ticket.').optional(),
});
export type TransitionRule = z.infer<typeof TransitionRule>;

/** From-status name → the moves allowed out of it. A status the table does not name may move anywhere. */
export const TransitionTable = z.record(z.string().trim().min(1), TransitionRule);
export type TransitionTable = z.infer<typeof TransitionTable>;

export type TransitionCheck = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

type NamedStatus = Pick<Status, 'id' | 'name'>;

export interface TransitionCheckInput {
  readonly table: TransitionTable;
  readonly from: NamedStatus;
  readonly to: NamedStatus;
  /**
   * The stakeholder the viewer acts as, already resolved (see `resolveActingAs`): one they embody
   * and that is active. Whether the viewer may act on the ticket at all is decided there, not here.
   */
  readonly actingAs: Stakeholder;
  readonly viewer: Viewer;
}

/** Whether the plugin's table lets this viewer, acting as this stakeholder, move the ticket from → to. */
export function checkTransition({ table, from, to, actingAs, viewer }: TransitionCheckInput): TransitionCheck {
  // Staying where it is is not a move; the status rules treat it as "nothing changed".
  if (from.id === to.id) return { allowed: true };
  const rule = ruleFor(table, from.name);
  if (rule === undefined) return { allowed: true };
  if (!rule.to.some((name) => sameName(name, to.name))) {
    const choices = rule.to.length === 0 ? 'it cannot move to any other status' : `it can move to: ${rule.to.map(quote).join(', ')}`;
    return { allowed: false, reason: `A ticket in ${quote(from.name)} cannot move to ${quote(to.name)}; ${choices}.` };
  }
  if (rule.by !== undefined && !rule.by.some((mover) => moverMatches(mover, actingAs, viewer))) {
    return {
      allowed: false,
      reason: `Only ${listAlternatives(rule.by.map(describeMover))} may move this ticket from ${quote(from.name)} to ${quote(to.name)}.`,
    };
  }
  return { allowed: true };
}

/** `checkTransition`, throwing `forbidden` `transition.not_allowed` with the reason when refused. */
export function assertTransition(input: TransitionCheckInput): void {
  const check = checkTransition(input);
  if (!check.allowed) {
    throw new DomainError('forbidden', 'transition.not_allowed', check.reason, {
      fromStatusId: input.from.id,
      toStatusId: input.to.id,
    });
  }
}

export interface AllowedTargetsInput {
  readonly table: TransitionTable;
  readonly lifecycle: ResolvedLifecycle;
  /** The ticket's current status (possibly one that is no longer part of the lifecycle). */
  readonly from: NamedStatus;
  readonly actingAs: Stakeholder;
  readonly viewer: Viewer;
}

/** The lifecycle's statuses, in lifecycle order, this viewer may move the ticket to; not the current one. */
export function allowedTargets({ table, lifecycle, from, actingAs, viewer }: AllowedTargetsInput): Status[] {
  return lifecycle.statuses.filter(
    (to) => to.id !== from.id && checkTransition({ table, from, to, actingAs, viewer }).allowed,
  );
}

/**
 * Checks a plugin's table against the status names of its lifecycle, so a typo is reported when the
 * plugin is registered rather than silently allowing every move.
 */
export function validateTransitionTable(table: TransitionTable, lifecycleStatusNames: readonly string[]): void {
  const requireKnown = (name: string, where: string): void => {
    if (lifecycleStatusNames.some((known) => sameName(known, name))) return;
    throw new DomainError(
      'invalid',
      'transition.unknown_status',
      `The transition table refers to status ${quote(name)} ${where}, which is not part of the lifecycle; use one of: ${lifecycleStatusNames.map(quote).join(', ')}.`,
      { statusName: name, allowed: [...lifecycleStatusNames] },
    );
  };
  const seen: string[] = [];
  for (const [from, rule] of Object.entries(table)) {
    const earlier = seen.find((name) => sameName(name, from));
    if (earlier !== undefined) {
      throw new DomainError(
        'invalid',
        'transition.duplicate_status',
        `The transition table lists status ${quote(from)} twice (as ${quote(earlier)} and ${quote(from)}); merge the two entries into one.`,
        { statusName: from },
      );
    }
    seen.push(from);
    requireKnown(from, 'as a status to move from');
    for (const to of rule.to) requireKnown(to, `as a move from ${quote(from)}`);
  }
}

function ruleFor(table: TransitionTable, statusName: string): TransitionRule | undefined {
  return Object.entries(table).find(([name]) => sameName(name, statusName))?.[1];
}

/** Whether this viewer, acting as this stakeholder, is one of the movers `mover` names. */
export function moverMatches(mover: Mover, actingAs: Stakeholder, viewer: Viewer): boolean {
  if ('role' in mover) return actingAs.role === mover.role;
  if ('connection' in mover) return actingAs.connection === mover.connection;
  const actsAsGroup = actingAs.principal.kind === 'group' && sameName(actingAs.principal.name, mover.group);
  return actsAsGroup || viewer.memberships.some((group) => group.kind === 'group' && sameName(group.name, mover.group));
}

/** A mover as people read it: "the requester", "an assigned stakeholder", "WRT". */
export function describeMover(mover: Mover): string {
  if ('role' in mover) return `the ${mover.role}`;
  if ('connection' in mover) return mover.connection === 'assigned' ? 'an assigned stakeholder' : `a ${mover.connection} stakeholder`;
  return mover.group;
}

function quote(name: string): string {
  return `'${name}'`;
}
