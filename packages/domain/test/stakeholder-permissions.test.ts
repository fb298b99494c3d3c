import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actableStakeholders,
  assertStakeholderChange,
  checkStakeholderChange,
  type Connection,
  type Stakeholder,
  type StakeholderChange,
  StakeholderChangeRules,
  type StakeholderChangeCheckInput,
  stakeholderChangesOpen,
  type Viewer,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { ana, arbitraryStakeholders, arbitraryViewer, bob, carla, stakeholder, viewerAs, wrt } from './fixtures/stakeholders.js';

// Ana asked the results team (WRT, where Bob works) to fix her name; Carla follows in cc.
const anasTicket: Stakeholder[] = [
  stakeholder(1, ana, 'cc', 'requester'),
  stakeholder(2, wrt, 'assigned', 'actioner'),
  stakeholder(3, carla, 'cc', 'actioner'),
];
const requester = { viewer: viewerAs(ana), actingAs: anasTicket[0]! };
const team = { viewer: viewerAs(bob, [wrt]), actingAs: anasTicket[1]! };
const follower = { viewer: viewerAs(carla), actingAs: anasTicket[2]! };
// A site admin who joined as bcc to help.
const adminRow = stakeholder(4, { kind: 'user', id: 900, name: 'Sam' }, 'bcc', 'actioner');
const admin = { viewer: viewerAs(adminRow.principal, [], true), actingAs: adminRow };
const withAdmin = [...anasTicket, adminRow];

const check = (who: { viewer: Viewer; actingAs: Stakeholder }, change: StakeholderChange, stakeholders = withAdmin) =>
  checkStakeholderChange({ ticketId: 12, stakeholders, ...who, change }).allowed;

const changes: [string, StakeholderChange][] = [
  ['assign someone', { kind: 'add', connection: 'assigned' }],
  ['add in cc', { kind: 'add', connection: 'cc' }],
  ['add in bcc', { kind: 'add', connection: 'bcc' }],
  ['hand over WRT', { kind: 'handOver', stakeholderId: 2 }],
  ['deactivate WRT', { kind: 'deactivate', stakeholderId: 2 }],
  ['hand over the requester', { kind: 'handOver', stakeholderId: 1 }],
  ['deactivate the cc follower', { kind: 'deactivate', stakeholderId: 3 }],
];

describe('who may change the stakeholders', () => {
  // Rows: the change; columns: requester, cc actioner, assigned team member, site admin (joined as bcc).
  const table: Record<string, [boolean, boolean, boolean, boolean]> = {
    'assign someone': [false, false, true, true],
    'add in cc': [true, true, true, true],
    'add in bcc': [false, false, true, true],
    'hand over WRT': [false, false, true, true],
    'deactivate WRT': [false, false, true, true],
    'hand over the requester': [false, false, true, true],
    'deactivate the cc follower': [false, false, true, true],
  };
  it.each(changes)('%s: the people working on it and site admins may; a requester only adds in cc', (name, change) => {
    expect([requester, follower, team, admin].map((who) => check(who, change))).toEqual(table[name]);
  });

  it('refuses a requester handing the team over with a forbidden error a person can act on', () => {
    const error = domainErrorFrom(() =>
      assertStakeholderChange({ ticketId: 12, stakeholders: anasTicket, ...requester, change: { kind: 'handOver', stakeholderId: 2 } }),
    );
    expect(error.kind).toBe('forbidden');
    expect(error.code).toBe('stakeholder.change_forbidden');
    expect(error.message).toBe(
      "Only the people working on ticket #12 or a site admin can hand over WRT's assignment; you can add people in cc.",
    );
    expect(error.details).toEqual({ change: 'handOver', stakeholderId: 2 });
  });

  it('judges a site admin on the flag, even before they joined (the join itself adds them in bcc)', () => {
    expect(checkStakeholderChange({ ticketId: 12, stakeholders: anasTicket, viewer: admin.viewer, actingAs: null, change: { kind: 'add', connection: 'bcc' } }).allowed).toBe(true);
  });

  it('lets only site admins join', () => {
    const join = (viewer: Viewer) => checkStakeholderChange({ ticketId: 12, stakeholders: anasTicket, viewer, actingAs: null, change: { kind: 'join' } });
    expect(join(admin.viewer).allowed).toBe(true);
    expect(join(team.viewer)).toMatchObject({ allowed: false, code: 'stakeholder.admin_join_forbidden' });
  });

  it('reports an unknown stakeholder as not found rather than forbidden', () => {
    expect(domainErrorFrom(() => check(team, { kind: 'deactivate', stakeholderId: 99 })).kind).toBe('not_found');
  });
});

describe('a ticket type narrowing who changes the assignees', () => {
  // A claim: Ana asks, Dora (a Delegate) is assigned; Bob, also assigned but not a Delegate, and a site admin.
  const delegates = { kind: 'group', id: 7, name: 'Delegates' };
  const dora = { kind: 'user', id: 104, name: 'Dora' };
  const claim: Stakeholder[] = [
    stakeholder(1, ana, 'cc', 'requester'),
    stakeholder(2, dora, 'assigned', 'actioner'),
    stakeholder(3, bob, 'assigned', 'actioner'),
    adminRow,
  ];
  const rules = StakeholderChangeRules.parse({ assignees: [{ group: 'Delegates' }] });
  const judge = (viewer: Viewer, actingAs: Stakeholder, change: StakeholderChange) =>
    checkStakeholderChange({ ticketId: 31, stakeholders: claim, viewer, actingAs, change, rules });

  it('lets only a Delegate hand the claim on, naming who may', () => {
    const handOverDora: StakeholderChange = { kind: 'handOver', stakeholderId: 2 };
    expect(judge(viewerAs(dora, [delegates]), claim[1]!, handOverDora).allowed).toBe(true);
    expect(judge(viewerAs(bob), claim[2]!, handOverDora)).toEqual({
      allowed: false,
      code: 'stakeholder.change_narrowed',
      reason: "Only Delegates can hand over Dora's assignment on ticket #31.",
    });
    expect(judge(admin.viewer, adminRow, handOverDora).allowed).toBe(false);
    expect(judge(viewerAs(ana), claim[0]!, handOverDora)).toMatchObject({ allowed: false, code: 'stakeholder.change_forbidden' });
  });

  it('leaves changes that touch no assignee to the core rule', () => {
    expect(judge(viewerAs(bob), claim[2]!, { kind: 'add', connection: 'cc' }).allowed).toBe(true);
    expect(judge(viewerAs(bob), claim[2]!, { kind: 'deactivate', stakeholderId: 1 }).allowed).toBe(true);
    expect(judge(viewerAs(bob), claim[2]!, { kind: 'add', connection: 'assigned' }).allowed).toBe(false);
  });

  it('refuses an empty list of who may, so a typo cannot lock every assignment', () => {
    expect(StakeholderChangeRules.safeParse({ assignees: [] }).success).toBe(false);
    expect(StakeholderChangeRules.safeParse({ assignes: [{ group: 'Delegates' }] }).success).toBe(false);
  });
});

describe('properties', () => {
  const anyChange = (stakeholders: Stakeholder[]) =>
    fc.oneof(
      fc.constantFrom<Connection>('assigned', 'cc', 'bcc').map((connection): StakeholderChange => ({ kind: 'add', connection })),
      ...(stakeholders.length === 0
        ? []
        : [
            fc.record({ kind: fc.constantFrom('handOver' as const, 'deactivate' as const), stakeholderId: fc.constantFrom(...stakeholders.map((s) => s.id)) }),
          ]),
    );
  const scenario = arbitraryStakeholders.chain((stakeholders) =>
    fc.record({ stakeholders: fc.constant(stakeholders), viewer: arbitraryViewer, change: anyChange(stakeholders) }),
  );
  const each = (property: (input: StakeholderChangeCheckInput) => void) =>
    fc.assert(
      fc.property(scenario, ({ stakeholders, viewer, change }) => {
        for (const actingAs of actableStakeholders(viewer, stakeholders)) property({ ticketId: 1, stakeholders, viewer, actingAs, change });
      }),
    );

  it('whoever is neither working on it nor a site admin changes nothing but adding in cc', () => {
    each((input) => {
      const outsider = !input.viewer.isSiteAdmin && input.actingAs?.connection !== 'assigned';
      const addsInCc = input.change.kind === 'add' && input.change.connection === 'cc';
      if (outsider && !addsInCc) expect(checkStakeholderChange(input).allowed).toBe(false);
    });
  });

  it('a type rule only ever narrows: what it allows the core rule allows too', () => {
    const rules = { assignees: [{ connection: 'assigned' as const }, { group: 'group 1' }] };
    each((input) => {
      if (checkStakeholderChange({ ...input, rules }).allowed) expect(checkStakeholderChange(input).allowed).toBe(true);
    });
  });

  it('what is offered to a viewer is exactly what the check allows', () => {
    each((input) => {
      const open = stakeholderChangesOpen(input);
      for (const id of open.handOver) expect(checkStakeholderChange({ ...input, change: { kind: 'handOver', stakeholderId: id } }).allowed).toBe(true);
      for (const connection of (['assigned', 'cc', 'bcc'] as const).filter((c) => !open.add.includes(c))) {
        expect(checkStakeholderChange({ ...input, change: { kind: 'add', connection } }).allowed).toBe(false);
      }
    });
  });
});
