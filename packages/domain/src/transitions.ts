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

/**
 * Why a move is refused, as facts for a refusal's details (a translation words them again): which
 * rule (`final`: no move out of the status at all; `no_path`: not to that status, `choices` lists
 * where to, as the sentence does; `not_mover`: not by this stakeholder, `movers` as the sentence
 * lists them, `movedBy` naming the one mover's kind — its role or connection, or `group` — or `several`),
 * and the statuses' names.
 */
export type TransitionRefusal = Readonly<Record<string, string>> & {
  readonly rule: 'final' | 'no_path' | 'not_mover';
  readonly fromStatus: string;
  readonly toStatus: string;
};

export type TransitionCheck = { readonly allowed: true } | { readonly allowed: false; readonly reason: string; readonly refusal: TransitionRefusal };

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
  const names = { fromStatus: from.name, toStatus: to.name };
  if (!rule.to.some((name) => sameName(name, to.name))) {
    const list = rule.to.map(quote).join(', ');
    const choices = rule.to.length === 0 ? 'it cannot move to any other status' : `it can move to: ${list}`;
    return {
      allowed: false,
      reason: `A ticket in ${quote(from.name)} cannot move to ${quote(to.name)}; ${choices}.`,
      refusal: rule.to.length === 0 ? { rule: 'final', ...names } : { rule: 'no_path', ...names, choices: list },
    };
  }
  if (rule.by !== undefined && !rule.by.some((mover) => moverMatches(mover, actingAs, viewer))) {
    const movers = listAlternatives(rule.by.map(describeMover));
    return {
      allowed: false,
      reason: `Only ${movers} may move this ticket from ${quote(from.name)} to ${quote(to.name)}.`,
      refusal: { rule: 'not_mover', ...names, movers, movedBy: moverKind(rule.by) },
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
      ...check.refusal,
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

/** The one mover's kind as a word a translation can choose by (its role or connection, or `group`); `several` for more. */
function moverKind(movers: readonly Mover[]): string {
  const [only, ...others] = movers;
  if (only === undefined || others.length > 0) return 'several';
  if ('role' in only) return only.role;
  if ('connection' in only) return only.connection;
  return 'group';
}

function quote(name: string): string {
  return `'${name}'`;
}
