import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  closeTicket,
  isDomainError,
  markDuplicate,
  type MoveRuleContext,
  planTicketMove,
  reopenTicket,
  setStatus,
  stateOfStatus,
  type Status,
  type TicketChange,
  type TicketFacts,
  type TicketMove,
  TransitionTable,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { EDIT_PERSON_LIFECYCLE, editPersonStatuses, strayStatus } from './fixtures/lifecycles.js';
import { ana, bob, stakeholder, viewerAs, wrt } from './fixtures/stakeholders.js';
import { transitionScenario } from './fixtures/transitions.js';

const { requested, underReview, applied, rejected, duplicate } = editPersonStatuses;
const MONDAY = '2025-03-03T09:00:00.000Z';
const TUESDAY = '2025-03-04T09:00:00.000Z';

/*
 * Edit-person's moves, as the plugin declares them: every hand move is the results team's, and no
 * hand move reaches Applied (only the apply actions do).
 */
const TRANSITIONS = TransitionTable.parse({
  Requested: { to: ['Under review', 'Rejected', 'Duplicate'], by: [{ group: 'WRT' }] },
  'Under review': { to: ['Requested', 'Rejected', 'Duplicate'], by: [{ group: 'WRT' }] },
  Applied: { to: [] },
  Rejected: { to: ['Requested', 'Under review'], by: [{ group: 'WRT' }] },
  Duplicate: { to: ['Requested', 'Under review', 'Rejected'], by: [{ group: 'WRT' }] },
});

// Ana asked for the change; Bob belongs to WRT, which is assigned.
const anaAsRequester = stakeholder(1, ana, 'cc', 'requester');
const wrtAssigned = stakeholder(2, wrt, 'assigned', 'actioner');
const byAna: MoveRuleContext = { lifecycle: EDIT_PERSON_LIFECYCLE, transitions: TRANSITIONS, actingAs: anaAsRequester, viewer: viewerAs(ana), now: TUESDAY };
const byBob: MoveRuleContext = { ...byAna, actingAs: wrtAssigned, viewer: viewerAs(bob, [wrt]) };

function ticketOn(status: Status, duplicateOfId: number | null = null): TicketFacts {
  const state = stateOfStatus(status);
  return { id: 12, state, statusId: status.id, duplicateOfId, closedAt: state === 'closed' ? MONDAY : null };
}

function errorOf(facts: TicketFacts, move: TicketMove, context: MoveRuleContext): [string, string, string] {
  const error = domainErrorFrom(() => planTicketMove(facts, move, context));
  return [error.kind, error.code, error.message];
}

describe('a move made by hand', () => {
  it('goes to the status asked for when the transitions let the acting stakeholder make it, the state following', () => {
    const change = planTicketMove(ticketOn(requested), { kind: 'set_status', statusId: rejected.id }, byBob);
    expect(change).toEqual(setStatus(ticketOn(requested), rejected.id, EDIT_PERSON_LIFECYCLE, TUESDAY));
    expect(change.facts).toMatchObject({ state: 'closed', statusId: rejected.id, closedAt: TUESDAY });
  });

  it('is refused when the transitions name other movers, saying who may make it', () => {
    expect(errorOf(ticketOn(requested), { kind: 'set_status', statusId: rejected.id }, byAna)).toEqual([
      'forbidden',
      'transition.not_allowed',
      "Only WRT may move this ticket from 'Requested' to 'Rejected'.",
    ]);
  });

  it('closes, reopens and marks duplicates under the same transitions as setting a status', () => {
    // Closing lands in the default closed status, Applied, which no hand move reaches.
    expect(errorOf(ticketOn(underReview), { kind: 'close' }, byBob)).toEqual([
      'forbidden',
      'transition.not_allowed',
      "A ticket in 'Under review' cannot move to 'Applied'; it can move to: 'Requested', 'Rejected', 'Duplicate'.",
    ]);
    expect(planTicketMove(ticketOn(rejected), { kind: 'reopen' }, byBob)).toEqual(reopenTicket(ticketOn(rejected), EDIT_PERSON_LIFECYCLE));
    expect(errorOf(ticketOn(rejected), { kind: 'reopen' }, byAna)[1]).toBe('transition.not_allowed');
    expect(planTicketMove(ticketOn(requested), { kind: 'mark_duplicate', duplicateOfId: 7 }, byBob)).toEqual(
      markDuplicate(ticketOn(requested), 7, EDIT_PERSON_LIFECYCLE, TUESDAY),
    );
    expect(errorOf(ticketOn(requested), { kind: 'mark_duplicate', duplicateOfId: 7 }, byAna)[1]).toBe('transition.not_allowed');
  });

  it('checks nothing when the status stays: re-pointing a duplicate at another ticket is no move', () => {
    const change = planTicketMove(ticketOn(duplicate, 7), { kind: 'mark_duplicate', duplicateOfId: 8 }, byAna);
    expect(change.facts).toMatchObject({ statusId: duplicate.id, duplicateOfId: 8 });
    expect(change.events).toEqual([{ type: 'ticket.duplicate_marked', duplicateOfId: 8 }]);
  });

  it('says first what the ticket already is: reopening an open ticket is not a refused transition', () => {
    expect(errorOf(ticketOn(underReview), { kind: 'reopen' }, byAna).slice(0, 2)).toEqual(['precondition', 'ticket.already_open']);
    expect(errorOf(ticketOn(rejected), { kind: 'close' }, byAna).slice(0, 2)).toEqual(['precondition', 'ticket.already_closed']);
    expect(errorOf(ticketOn(requested), { kind: 'mark_duplicate', duplicateOfId: 12 }, byAna).slice(0, 2)).toEqual(['invalid', 'ticket.duplicate_of_itself']);
  });

  it('names a status the lifecycle no longer has when it refuses, and lets a stranded ticket move where the table is silent', () => {
    const stranded = ticketOn(strayStatus);
    const named = { ...byAna, currentStatus: strayStatus };
    const change = planTicketMove(stranded, { kind: 'set_status', statusId: requested.id }, named);
    expect(change.events[0]).toMatchObject({ type: 'ticket.status_changed', from: { name: 'Blocked' }, to: { name: 'Requested' } });
    const strict = { ...named, transitions: { Blocked: { to: [], by: [{ group: 'WRT' }] } } };
    expect(errorOf(stranded, { kind: 'set_status', statusId: requested.id }, strict)[2]).toBe(
      "A ticket in 'Blocked' cannot move to 'Requested'; it cannot move to any other status.",
    );
  });
});

describe('a move an action makes', () => {
  it('goes to the status the action names, which no hand move may reach, whoever the action let run it', () => {
    const change = planTicketMove(ticketOn(requested), { kind: 'action', actionTitle: 'Apply as fix', statusName: 'applied' }, byAna);
    expect(change).toEqual(setStatus(ticketOn(requested), applied.id, EDIT_PERSON_LIFECYCLE, TUESDAY));
    expect(errorOf(ticketOn(requested), { kind: 'set_status', statusId: applied.id }, byBob)[1]).toBe('transition.not_allowed');
  });

  it('is refused when the ticket’s lifecycle has no status of that name, naming the action and the lifecycle', () => {
    expect(errorOf(ticketOn(requested), { kind: 'action', actionTitle: 'Apply as fix', statusName: 'Done' }, byBob)).toEqual([
      'invalid',
      'action.unknown_status',
      "Action 'Apply as fix' moves the ticket to 'Done', which its lifecycle 'Edit person' does not have.",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random tables, lifecycles and people.

/** What a rule answers: its change, or the code of the refusal it throws. */
function outcome(run: () => TicketChange): TicketChange | string {
  try {
    return run();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
}

const moveScenario = transitionScenario.chain((scenario) =>
  fc.record({
    scenario: fc.constant(scenario),
    to: fc.constantFrom(...scenario.lifecycle.statuses),
    duplicateOfId: fc.constantFrom(12, 40),
  }),
);

describe('move properties', () => {
  it('a hand move is exactly the state↔status rule, allowed exactly when the transitions allow the status it lands on', () => {
    fc.assert(
      fc.property(moveScenario, ({ scenario: { lifecycle, table, from, actingAs, viewer }, to, duplicateOfId }) => {
        const facts = ticketOn(from);
        const context: MoveRuleContext = { lifecycle, transitions: table, actingAs, viewer, now: TUESDAY };
        const byRule: [TicketMove, () => TicketChange][] = [
          [{ kind: 'set_status', statusId: to.id }, () => setStatus(facts, to.id, lifecycle, TUESDAY)],
          [{ kind: 'close' }, () => closeTicket(facts, lifecycle, TUESDAY)],
          [{ kind: 'reopen' }, () => reopenTicket(facts, lifecycle)],
          [{ kind: 'mark_duplicate', duplicateOfId }, () => markDuplicate(facts, duplicateOfId, lifecycle, TUESDAY)],
        ];
        for (const [move, rule] of byRule) {
          const expected = outcome(rule);
          const actual = outcome(() => planTicketMove(facts, move, context));
          if (typeof expected === 'string') {
            expect(actual, 'the rule’s own refusal comes first').toBe(expected);
            continue;
          }
          const landsOn = lifecycle.statuses.find((status) => status.id === expected.facts.statusId)!;
          const allowed = checkTransition({ table, from, to: landsOn, actingAs, viewer }).allowed;
          expect(actual).toEqual(allowed ? expected : 'transition.not_allowed');
        }
      }),
    );
  });

  it('an action’s move is never bound by the transitions: it is setting the status it names', () => {
    fc.assert(
      fc.property(moveScenario, ({ scenario: { lifecycle, table, from, actingAs, viewer }, to }) => {
        const facts = ticketOn(from);
        const move: TicketMove = { kind: 'action', actionTitle: 'Do it', statusName: to.name.toUpperCase() };
        expect(planTicketMove(facts, move, { lifecycle, transitions: table, actingAs, viewer, now: TUESDAY })).toEqual(
          setStatus(facts, to.id, lifecycle, TUESDAY),
        );
      }),
    );
  });
});
