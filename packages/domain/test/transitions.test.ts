import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedTargets,
  assertTransition,
  checkTransition,
  type Stakeholder,
  type Status,
  SYSTEM_RESOLVED_LIFECYCLE,
  TransitionTable,
  validateTransitionTable,
  type Viewer,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { EDIT_PERSON_LIFECYCLE, editPersonStatuses, strayStatus } from './fixtures/lifecycles.js';
import { ana, arbitraryViewer, bob, carla, stakeholder, viewerAs, wrt, wst } from './fixtures/stakeholders.js';
import { anyLifecycle, stakeholderArbitrary, transitionScenario as scenario } from './fixtures/transitions.js';

const { requested, underReview, applied, rejected, duplicate } = editPersonStatuses;

/** Edit-person's moves: the results team runs the review; a requester may resubmit a rejected request. */
const EDIT_PERSON_TRANSITIONS: TransitionTable = TransitionTable.parse({
  Requested: { to: ['Under review', 'Rejected', 'Duplicate'], by: [{ group: 'WRT' }] },
  'Under review': { to: ['Applied', 'Rejected', 'Duplicate', 'Requested'], by: [{ group: 'WRT' }] },
  Applied: { to: ['Under review'], by: [{ group: 'WRT' }] },
  // Written in another case on purpose: names are matched ignoring case.
  rejected: { to: ['requested'], by: [{ role: 'requester' }, { connection: 'assigned' }] },
  Duplicate: { to: [] },
});

// Ana asked for the change; WRT is assigned; Bob belongs to WRT; Carla is a WST member kept in cc.
const anaAsRequester = stakeholder(1, ana, 'cc', 'requester');
const wrtAssigned = stakeholder(2, wrt, 'assigned', 'actioner');
const wstInCc = stakeholder(3, wst, 'cc', 'actioner');
const bobAsHimself = stakeholder(4, bob, 'bcc', 'actioner');
const anaViewer = viewerAs(ana);
const bobViewer = viewerAs(bob, [wrt]);
const carlaViewer = viewerAs(carla, [wst]);

function check(from: Status, to: Status, actingAs: Stakeholder, viewer: Viewer) {
  return checkTransition({ table: EDIT_PERSON_TRANSITIONS, from, to, actingAs, viewer });
}

describe('checking a move against a plugin’s transitions', () => {
  it('lets a member of the named group make the move, whether acting as the group or as themselves', () => {
    expect(check(underReview, applied, wrtAssigned, bobViewer)).toEqual({ allowed: true });
    expect(check(underReview, applied, bobAsHimself, bobViewer)).toEqual({ allowed: true });
  });

  it('refuses someone outside the named group, saying who may make the move', () => {
    expect(check(underReview, applied, anaAsRequester, anaViewer)).toEqual({
      allowed: false,
      reason: "Only WRT may move this ticket from 'Under review' to 'Applied'.",
      refusal: { rule: 'not_mover', fromStatus: 'Under review', toStatus: 'Applied', movers: 'WRT', movedBy: 'group' },
    });
  });

  it('refuses a move the table does not list, naming the moves that are possible', () => {
    expect(check(applied, requested, wrtAssigned, bobViewer)).toEqual({
      allowed: false,
      reason: "A ticket in 'Applied' cannot move to 'Requested'; it can move to: 'Under review'.",
      refusal: { rule: 'no_path', fromStatus: 'Applied', toStatus: 'Requested', choices: "'Under review'" },
    });
  });

  it('says when a status is final', () => {
    expect(check(duplicate, requested, wrtAssigned, bobViewer)).toEqual({
      allowed: false,
      reason: "A ticket in 'Duplicate' cannot move to 'Requested'; it cannot move to any other status.",
      refusal: { rule: 'final', fromStatus: 'Duplicate', toStatus: 'Requested' },
    });
  });

  it('names the one mover’s kind in the refusal, for a translation to word it', () => {
    const byRequester = TransitionTable.parse({ Applied: { to: ['Rejected'], by: [{ role: 'requester' }] } });
    const refused = checkTransition({ table: byRequester, from: applied, to: rejected, actingAs: wrtAssigned, viewer: bobViewer });
    expect(refused).toEqual({
      allowed: false,
      reason: "Only the requester may move this ticket from 'Applied' to 'Rejected'.",
      refusal: { rule: 'not_mover', fromStatus: 'Applied', toStatus: 'Rejected', movers: 'the requester', movedBy: 'requester' },
    });
  });

  it('matches status names, roles and connections as declared, ignoring case in names', () => {
    expect(check(rejected, requested, anaAsRequester, anaViewer)).toEqual({ allowed: true });
    expect(check(rejected, requested, wrtAssigned, bobViewer)).toEqual({ allowed: true });
    expect(check(rejected, requested, wstInCc, carlaViewer)).toEqual({
      allowed: false,
      reason: "Only the requester or an assigned stakeholder may move this ticket from 'Rejected' to 'Requested'.",
      refusal: { rule: 'not_mover', fromStatus: 'Rejected', toStatus: 'Requested', movers: 'the requester or an assigned stakeholder', movedBy: 'several' },
    });
    const lowerCaseGroup = TransitionTable.parse({ Applied: { to: ['Rejected'], by: [{ group: 'wrt' }] } });
    expect(checkTransition({ table: lowerCaseGroup, from: applied, to: rejected, actingAs: bobAsHimself, viewer: bobViewer }).allowed).toBe(true);
  });

  it('does not count a principal of another kind that happens to carry the group’s name', () => {
    const namesake = { kind: 'competition', id: 9, name: 'WRT' };
    const table = TransitionTable.parse({ Applied: { to: ['Rejected'], by: [{ group: 'WRT' }] } });
    const viewer = viewerAs(carla, [namesake]);
    const actingAs = stakeholder(5, namesake, 'assigned', 'actioner');
    expect(checkTransition({ table, from: applied, to: rejected, actingAs, viewer }).allowed).toBe(false);
  });

  it('allows every move out of a status the table says nothing about, and staying where it is', () => {
    const onlyApplied = TransitionTable.parse({ Applied: { to: [], by: [{ group: 'WRT' }] } });
    expect(checkTransition({ table: onlyApplied, from: requested, to: duplicate, actingAs: anaAsRequester, viewer: anaViewer })).toEqual({
      allowed: true,
    });
    expect(check(applied, applied, anaAsRequester, anaViewer)).toEqual({ allowed: true });
  });

  it('throws forbidden transition.not_allowed with the reason when asserted', () => {
    const error = domainErrorFrom(() =>
      assertTransition({ table: EDIT_PERSON_TRANSITIONS, from: underReview, to: applied, actingAs: anaAsRequester, viewer: anaViewer }),
    );
    expect([error.kind, error.code]).toEqual(['forbidden', 'transition.not_allowed']);
    expect(error.message).toBe("Only WRT may move this ticket from 'Under review' to 'Applied'.");
    expect(error.details).toEqual({
      fromStatusId: underReview.id,
      toStatusId: applied.id,
      rule: 'not_mover',
      fromStatus: 'Under review',
      toStatus: 'Applied',
      movers: 'WRT',
      movedBy: 'group',
    });
    expect(() =>
      assertTransition({ table: EDIT_PERSON_TRANSITIONS, from: underReview, to: applied, actingAs: wrtAssigned, viewer: bobViewer }),
    ).not.toThrow();
  });
});

describe('the statuses a viewer may move a ticket to', () => {
  const editPersonTargets = (from: Status, actingAs: Stakeholder, viewer: Viewer) =>
    allowedTargets({ table: EDIT_PERSON_TRANSITIONS, lifecycle: EDIT_PERSON_LIFECYCLE, from, actingAs, viewer });

  it('are the permitted ones in lifecycle order, never the current one', () => {
    const targets = editPersonTargets(underReview, wrtAssigned, bobViewer);
    // The table lists Applied first; the lifecycle puts the triage status Requested first.
    expect(targets.map((status) => status.name)).toEqual(['Requested', 'Applied', 'Rejected', 'Duplicate']);
  });

  it('are none for a viewer the table does not let move the ticket', () => {
    expect(editPersonTargets(underReview, anaAsRequester, anaViewer)).toEqual([]);
  });

  it('are every other status of the lifecycle when the plugin declares no transitions', () => {
    const [toDo] = SYSTEM_RESOLVED_LIFECYCLE.statuses;
    if (toDo === undefined) throw new Error('The system lifecycle has statuses.');
    const targets = allowedTargets({ table: {}, lifecycle: SYSTEM_RESOLVED_LIFECYCLE, from: toDo, actingAs: anaAsRequester, viewer: anaViewer });
    expect(targets.map((status) => status.name)).toEqual(['In progress', 'Done', "Won't do", 'Duplicate']);
  });

  it('include every lifecycle status for a ticket stranded in a status outside the lifecycle', () => {
    expect(editPersonTargets(strayStatus, anaAsRequester, anaViewer)).toEqual(EDIT_PERSON_LIFECYCLE.statuses);
  });
});

describe('validating a transition table against its lifecycle', () => {
  const names = EDIT_PERSON_LIFECYCLE.statuses.map((status) => status.name);

  it('accepts a table whose names all belong to the lifecycle, in any case', () => {
    expect(() => validateTransitionTable(EDIT_PERSON_TRANSITIONS, names)).not.toThrow();
  });

  it('names an unknown status to move from', () => {
    const error = domainErrorFrom(() => validateTransitionTable({ Approved: { to: ['Applied'] } }, names));
    expect([error.kind, error.code]).toEqual(['invalid', 'transition.unknown_status']);
    expect(error.message).toBe(
      "The transition table refers to status 'Approved' as a status to move from, which is not part of the lifecycle; use one of: 'Requested', 'Under review', 'Applied', 'Rejected', 'Duplicate'.",
    );
  });

  it('names an unknown status to move to, and where it appears', () => {
    const error = domainErrorFrom(() => validateTransitionTable({ Requested: { to: ['Under review', 'Aproved'] } }, names));
    expect(error.code).toBe('transition.unknown_status');
    expect(error.message).toContain("status 'Aproved' as a move from 'Requested'");
  });

  it('refuses the same status listed twice under different cases', () => {
    const error = domainErrorFrom(() => validateTransitionTable({ Applied: { to: [] }, applied: { to: ['Rejected'] } }, names));
    expect([error.kind, error.code]).toEqual(['invalid', 'transition.duplicate_status']);
    expect(error.message).toBe("The transition table lists status 'applied' twice (as 'Applied' and 'applied'); merge the two entries into one.");
  });

  it('rejects an ambiguous mover and an empty list of movers when parsed', () => {
    expect(TransitionTable.safeParse({ Applied: { to: [], by: [{ role: 'requester', group: 'WRT' }] } }).success).toBe(false);
    expect(TransitionTable.safeParse({ Applied: { to: [], by: [] } }).success).toBe(false);
    expect(TransitionTable.safeParse({ Applied: { to: [], by: [{ role: 'owner' }] } }).success).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random tables, lifecycles and people.

describe('transition properties', () => {
  it('offer only listed moves, in lifecycle order, never the current status, each one passing the assertion', () => {
    fc.assert(
      fc.property(scenario, ({ lifecycle, table, from, actingAs, viewer }) => {
        expect(() => validateTransitionTable(table, lifecycle.statuses.map((status) => status.name))).not.toThrow();
        const targets = allowedTargets({ table, lifecycle, from, actingAs, viewer });
        expect(targets).not.toContainEqual(from);
        const positions = targets.map((target) => lifecycle.statuses.indexOf(target));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));

        const rule = Object.entries(table).find(([name]) => name.toLowerCase() === from.name.toLowerCase())?.[1];
        for (const to of lifecycle.statuses) {
          if (to.id === from.id) continue;
          const offered = targets.includes(to);
          const listed = rule === undefined || rule.to.some((name) => name.toLowerCase() === to.name.toLowerCase());
          if (!listed) expect(offered, `'${to.name}' is not listed after '${from.name}'`).toBe(false);
          if (rule === undefined || (listed && rule.by === undefined)) expect(offered, 'an open move is offered to anyone').toBe(true);
          if (offered) {
            expect(() => assertTransition({ table, from, to, actingAs, viewer })).not.toThrow();
          } else {
            const error = domainErrorFrom(() => assertTransition({ table, from, to, actingAs, viewer }));
            expect([error.kind, error.code]).toEqual(['forbidden', 'transition.not_allowed']);
            expect(error.message).toContain(`'${from.name}'`);
          }
        }
      }),
    );
  });

  it('offer every other status to anyone when the plugin declares nothing', () => {
    fc.assert(
      fc.property(anyLifecycle, stakeholderArbitrary, arbitraryViewer, (lifecycle, actingAs, viewer) => {
        for (const from of lifecycle.statuses) {
          const targets = allowedTargets({ table: {}, lifecycle, from, actingAs, viewer });
          expect(targets).toEqual(lifecycle.statuses.filter((status) => status.id !== from.id));
        }
      }),
    );
  });

  it('never depend on the case a plugin wrote the names in', () => {
    fc.assert(
      fc.property(scenario, ({ lifecycle, table, from, actingAs, viewer }) => {
        const shouted: TransitionTable = Object.fromEntries(
          Object.entries(table).map(([name, rule]) => [name.toUpperCase(), { ...rule, to: rule.to.map((to) => to.toUpperCase()) }]),
        );
        expect(allowedTargets({ table: shouted, lifecycle, from, actingAs, viewer })).toEqual(
          allowedTargets({ table, lifecycle, from, actingAs, viewer }),
        );
      }),
    );
  });
});
