// Every procedure × every part a person can play in a ticket, with the expected answer written out
// as a table: exactly who may do what. Lists and counts never reveal a ticket its viewer may not see.
import claimWcaId from '@tickets/plugin-claim-wca-id/server';
import contact from '@tickets/plugin-contact/server';
import { appRouter, type DemoLogin, failureOf, startTestApi, type TestApi, userId } from '@tickets/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigures } from './support/figures.js';
import { queryRows } from './support/ticket-rows.js';

const ROLES = ['anonymous', 'requester', 'ccUser', 'groupMember', 'nonMember', 'delegate', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** The fixture: John claims a WCA ID and names Dora (a Delegate); Dora adds Rita (cc) and the results team (cc). */
const LOGIN: Record<Role, DemoLogin | undefined> = {
  anonymous: undefined,
  requester: 'john',
  ccUser: 'rita',
  groupMember: 'ana',
  nonMember: 'cat',
  delegate: 'dora',
  admin: 'sam',
};

type Outcome = 'OK' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'PRECONDITION_FAILED' | 'CONFLICT' | 'BAD_REQUEST';

// How to read it: a hidden ticket is NOT_FOUND (never FORBIDDEN, which would reveal it); a site admin
// sees everything but acts only after `stakeholders.join`; the claim's transitions let only the
// assigned Delegate move its status (reject, reopen, mark duplicate) or run its actions; any
// active stakeholder may comment and add people in cc, but only the people working on the ticket
// (here the assigned Delegate) hand over or remove stakeholders (see "who may change the
// stakeholders" below for each kind of change). The namespace's statuses and lifecycles are read
// by everyone signed in and changed only by a namespace admin (a site admin of the host site,
// `canAdministerNamespace`); everyone else is refused saying who may. Status migrations' progress
// counts every ticket, so only a namespace admin reads it. Moving a ticket to another type is for the
// people working on it and site admins (no join needed).
// prettier-ignore
const EXPECTED: Record<string, Record<Role, Outcome>> = {
  'me':                     { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'OK',        delegate: 'OK',        admin: 'OK' },
  'tickets.create':         { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'OK',        delegate: 'OK',        admin: 'OK' },
  'tickets.list':           { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'OK',        delegate: 'OK',        admin: 'OK' },
  'tickets.listChoices':    { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'OK',        delegate: 'OK',        admin: 'OK' },
  'tickets.get':            { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'OK' },
  'tickets.events':         { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'OK' },
  'tickets.listEvents':     { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'OK',        delegate: 'OK',        admin: 'OK' },
  'tickets.writing':        { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'OK' },
  'tickets.queue':          { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'OK',        delegate: 'OK',        admin: 'OK' },
  'tickets.timeline':       { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'OK' },
  'statuses.allowed':       { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'tickets.setStatus':      { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'tickets.close':          { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'tickets.reopen':         { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'tickets.markDuplicate':  { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'tickets.changeType':     { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'BAD_REQUEST', admin: 'BAD_REQUEST' },
  'comments.add':           { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'stakeholders.add':       { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'stakeholders.candidates':{ anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'stakeholders.join':      { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'FORBIDDEN', admin: 'OK' },
  'stakeholders.transfer':  { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'stakeholders.deactivate':{ anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'actions.run':            { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',        admin: 'FORBIDDEN' },
  'statuses.list':          { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'OK',        delegate: 'OK',        admin: 'OK' },
  'statuses.create':        { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'FORBIDDEN', delegate: 'FORBIDDEN', admin: 'OK' },
  'statuses.update':        { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'FORBIDDEN', delegate: 'FORBIDDEN', admin: 'OK' },
  'statuses.reorder':       { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'FORBIDDEN', delegate: 'FORBIDDEN', admin: 'OK' },
  'statuses.remove':        { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'FORBIDDEN', delegate: 'FORBIDDEN', admin: 'OK' },
  'lifecycles.create':      { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'FORBIDDEN', delegate: 'FORBIDDEN', admin: 'OK' },
  'lifecycles.update':      { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'FORBIDDEN', delegate: 'FORBIDDEN', admin: 'OK' },
  'lifecycles.delete':      { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'FORBIDDEN', delegate: 'FORBIDDEN', admin: 'OK' },
  'lifecycles.attach':      { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'FORBIDDEN', delegate: 'FORBIDDEN', admin: 'OK' },
  'migrations.get':         { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'FORBIDDEN', delegate: 'FORBIDDEN', admin: 'OK' },
};

/** Changes to the namespace's settings: the refusal must say who may make them. */
const NAMESPACE_ADMIN_ONLY = /^Only a namespace admin \(a site admin of this site\) may [a-z ]+\. Ask a site admin to do it for you\.$/;

const t = await startTestApi({}, [claimWcaId, contact]);

interface Fixture {
  ticketId: number;
  version: number;
  requestedStatusId: number;
  rejectedStatusId: number;
  doraStakeholderId: number;
  ritaStakeholderId: number;
}

/** A fresh claim with every role in place: each cell changes its own ticket. */
async function fixture(): Promise<Fixture> {
  const filed = await t.caller('john').tickets.create({ type: 'claim-wca-id', title: 'This profile is mine', metadata: { wcaId: '2015SMIT02', delegateUserId: userId('dora') } });
  const dora = t.caller('dora');
  let version = (await dora.stakeholders.add({ ticketId: filed.id, expectedVersion: filed.version, principal: { kind: 'user', id: userId('rita') }, connection: 'cc', role: 'requester' })).version;
  version = (await dora.stakeholders.add({ ticketId: filed.id, expectedVersion: version, principal: { kind: 'group', id: 1 }, connection: 'cc', role: 'actioner' })).version;
  const detail = await dora.tickets.get({ ticketId: filed.id });
  const status = (name: string) => detail.lifecycle.statuses.find((s) => s.name === name)!.id;
  const stakeholder = (id: number) => detail.stakeholders.find((s) => s.principal.kind === 'user' && s.principal.id === id)!.id;
  return { ticketId: filed.id, version, requestedStatusId: status('Requested'), rejectedStatusId: status('Rejected'), doraStakeholderId: stakeholder(userId('dora')), ritaStakeholderId: stakeholder(userId('rita')) };
}

let duplicateOf: number;

type Caller = ReturnType<TestApi['caller']>;

/** One call of each ticket procedure, for a caller, on a fresh fixture: each cell changes its own ticket. */
function ticketCalls(caller: Caller, f: Fixture): Record<string, () => Promise<unknown>> {
  const ticket = { ticketId: f.ticketId, expectedVersion: f.version };
  return {
    me: () => caller.me(),
    'tickets.create': () => caller.tickets.create({ type: 'contact', title: 'A question', metadata: { team: 'WST', message: 'Where do I find the results?' } }),
    'tickets.list': () => caller.tickets.list({}),
    'tickets.listChoices': () => caller.tickets.listChoices(),
    'tickets.get': () => caller.tickets.get({ ticketId: f.ticketId }),
    'tickets.timeline': () => caller.tickets.timeline({ ticketId: f.ticketId }),
    'tickets.queue': () => caller.tickets.queue({ type: 'claim-wca-id' }),
    'tickets.writing': () => caller.tickets.writing({ ticketId: f.ticketId, writing: true }),
    // Its first event says it listens: whoever is signed in may open a list.
    'tickets.listEvents': async () => {
      const events = (await caller.tickets.listEvents())[Symbol.asyncIterator]();
      try {
        await events.next();
      } finally {
        await events.return?.();
      }
    },
    // From the ticket's first entry, so whoever may follow it gets one event at once.
    'tickets.events': async () => {
      const events = (await caller.tickets.events({ ticketId: f.ticketId, lastEventId: '0' }))[Symbol.asyncIterator]();
      try {
        await events.next();
      } finally {
        await events.return?.();
      }
    },
    'statuses.allowed': () => caller.statuses.allowed({ ticketId: f.ticketId }),
    'tickets.setStatus': () => caller.tickets.setStatus({ ...ticket, statusId: f.rejectedStatusId }),
    'tickets.close': () => caller.tickets.close(ticket),
    // Reopening needs a closed claim: Dora rejects it first.
    'tickets.reopen': async () => {
      const closed = await t.caller('dora').tickets.close(ticket);
      return caller.tickets.reopen({ ticketId: f.ticketId, expectedVersion: closed.version });
    },
    'tickets.markDuplicate': () => caller.tickets.markDuplicate({ ...ticket, duplicateOfId: duplicateOf }),
    // No type here takes claims, so those allowed to move it (the assigned Delegate, a site admin without
    // joining) are told the contact type does not take it; everyone else is refused before that.
    'tickets.changeType': () => caller.tickets.changeType({ ...ticket, type: 'contact', given: {} }),
    'comments.add': () => caller.comments.add({ ...ticket, body: 'A word on this.' }),
    'stakeholders.add': () => caller.stakeholders.add({ ...ticket, principal: { kind: 'user', id: userId('wes') }, connection: 'cc', role: 'actioner' }),
    // Finding people by name is for those who may add someone here: the directory is not for every token.
    'stakeholders.candidates': () => caller.stakeholders.candidates({ ticketId: f.ticketId, query: 'ben' }),
    'stakeholders.join': () => caller.stakeholders.join({ ...ticket, role: 'actioner' }),
    'stakeholders.transfer': () => caller.stakeholders.transfer({ ...ticket, fromStakeholderId: f.ritaStakeholderId, to: { kind: 'user', id: userId('ben') } }),
    'stakeholders.deactivate': () => caller.stakeholders.deactivate({ ...ticket, stakeholderId: f.ritaStakeholderId }),
    'actions.run': () => caller.actions.run({ ...ticket, action: 'reject', input: { reason: 'Not the same person.' } }),
  };
}

let names = 0;
/** A status or lifecycle name no other cell uses (names are unique in the namespace). */
const uniqueName = (what: string) => `${what} ${++names}`;

/**
 * One call of each namespace settings procedure. Where the change could disturb another cell, Sam
 * (the namespace admin) first makes the cell its own: a status no ticket uses, a lifecycle no type
 * follows. The cells of a row run at once, so they never share what one of them changes.
 */
function settingsCalls(caller: Caller): Record<string, () => Promise<unknown>> {
  const sam = t.caller('sam');
  const defaultLifecycle = async () => (await sam.statuses.list()).lifecycles.find((l) => l.isDefault)!;
  const newStatus = () => ({ name: uniqueName('Cell status'), color: '#1f75cb', category: 'in_progress' as const });
  const freshStatus = async () => (await sam.statuses.create(newStatus())).status.id;
  const newLifecycle = async () => {
    const { statusIds, defaults } = await defaultLifecycle();
    return { name: uniqueName('Cell lifecycle'), statusIds, defaults };
  };
  const freshLifecycle = async () => (await sam.lifecycles.create(await newLifecycle())).lifecycle.id;
  return {
    'statuses.list': () => caller.statuses.list(),
    'statuses.create': () => caller.statuses.create(newStatus()),
    'statuses.update': async () => caller.statuses.update({ statusId: await freshStatus(), name: uniqueName('Renamed status'), description: 'Waiting on someone outside the team.' }),
    // Only the admin's cell changes anything, so the others' calls name the same category safely.
    'statuses.reorder': async () => {
      const done = (await sam.statuses.list()).statuses.filter((s) => s.category === 'done');
      return caller.statuses.reorder({ statusIds: done.map((s) => s.id).reverse() });
    },
    'statuses.remove': async () => caller.statuses.remove({ statusId: await freshStatus() }),
    'lifecycles.create': async () => caller.lifecycles.create(await newLifecycle()),
    'lifecycles.update': async () => caller.lifecycles.update({ lifecycleId: await freshLifecycle(), name: uniqueName('Renamed lifecycle') }),
    'lifecycles.delete': async () => caller.lifecycles.delete({ lifecycleId: await freshLifecycle() }),
    // The contact type's tickets keep their statuses: the lifecycle holds the same ones as the default.
    'lifecycles.attach': async () => caller.lifecycles.attach({ ticketType: 'contact', lifecycleId: await freshLifecycle() }),
    'migrations.get': () => caller.migrations.get(),
  };
}

const SETTINGS_PROCEDURES = new Set(Object.keys(settingsCalls(t.caller())));

interface Attempt {
  outcome: Outcome;
  message: string | null;
}

/** One call of a procedure, for a role, on data of its own. */
async function attempt(procedure: string, role: Role): Promise<Attempt> {
  const caller = t.caller(LOGIN[role]);
  const settings = settingsCalls(caller);
  const call = procedure in settings ? settings[procedure] : ticketCalls(caller, await fixture())[procedure];
  if (!call) throw new Error(`The matrix has no call for ${procedure}.`);
  const running = call();
  try {
    await running;
    return { outcome: 'OK', message: null };
  } catch {
    const failure = await failureOf(running);
    return { outcome: failure.code as Outcome, message: failure.message };
  }
}

let cells = 0;
let listsCompared = 0;

beforeAll(async () => {
  duplicateOf = (await fixture()).ticketId;
});

afterAll(() => {
  recordFigures('authorization-matrix', { procedures: Object.keys(EXPECTED).length, roles: ROLES.length, cellsAsExpected: cells, rolesWhoseListsMatchSql: listsCompared });
});

describe('the authorization matrix', () => {
  it('has a row for every procedure of the router', () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s: exactly the expected roles may', async (procedure) => {
    const attempts = await Promise.all(ROLES.map(async (role) => [role, await attempt(procedure, role)] as const));
    expect(Object.fromEntries(attempts.map(([role, { outcome }]) => [role, outcome]))).toEqual(EXPECTED[procedure]);
    if (SETTINGS_PROCEDURES.has(procedure)) {
      for (const [role, { outcome, message }] of attempts) if (outcome === 'FORBIDDEN') expect(message, role).toMatch(NAMESPACE_ADMIN_ONLY);
    }
    cells += ROLES.length;
  });
});

/*
 * Who may change the stakeholders, change by change, with a site admin also once joined (as bcc):
 * the people working on the claim (the assigned Delegate) and site admins hand over and remove;
 * everyone else who may act only adds people in cc; and the claim type lets only a Delegate change
 * who is assigned, which binds a joined site admin too. A refusal comes before the plan's own
 * (removing the only assignee is PRECONDITION_FAILED only for someone who may remove it at all).
 */
type ChangeRole = Role | 'joinedAdmin';
const CHANGE_ROLES: readonly ChangeRole[] = [...ROLES, 'joinedAdmin'];
// prettier-ignore
const STAKEHOLDER_CHANGES: Record<string, Record<ChangeRole, Outcome>> = {
  'add someone in cc':      { anonymous: 'UNAUTHORIZED', requester: 'OK',        ccUser: 'OK',        groupMember: 'OK',        nonMember: 'NOT_FOUND', delegate: 'OK',                  admin: 'FORBIDDEN', joinedAdmin: 'OK' },
  'assign someone':         { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',                  admin: 'FORBIDDEN', joinedAdmin: 'FORBIDDEN' },
  'hand the Delegate on':   { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',                  admin: 'FORBIDDEN', joinedAdmin: 'FORBIDDEN' },
  'remove the Delegate':    { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'PRECONDITION_FAILED', admin: 'FORBIDDEN', joinedAdmin: 'FORBIDDEN' },
  'hand a cc on':           { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',                  admin: 'FORBIDDEN', joinedAdmin: 'OK' },
  'remove a cc':            { anonymous: 'UNAUTHORIZED', requester: 'FORBIDDEN', ccUser: 'FORBIDDEN', groupMember: 'FORBIDDEN', nonMember: 'NOT_FOUND', delegate: 'OK',                  admin: 'FORBIDDEN', joinedAdmin: 'OK' },
};

function stakeholderChanges(caller: Caller, f: Fixture): Record<string, () => Promise<unknown>> {
  const ticket = { ticketId: f.ticketId, expectedVersion: f.version };
  const user = (login: DemoLogin) => ({ kind: 'user', id: userId(login) });
  return {
    'add someone in cc': () => caller.stakeholders.add({ ...ticket, principal: user('wes'), connection: 'cc', role: 'actioner' }),
    'assign someone': () => caller.stakeholders.add({ ...ticket, principal: user('dan'), connection: 'assigned', role: 'actioner' }),
    'hand the Delegate on': () => caller.stakeholders.transfer({ ...ticket, fromStakeholderId: f.doraStakeholderId, to: user('dan') }),
    'remove the Delegate': () => caller.stakeholders.deactivate({ ...ticket, stakeholderId: f.doraStakeholderId }),
    'hand a cc on': () => caller.stakeholders.transfer({ ...ticket, fromStakeholderId: f.ritaStakeholderId, to: user('ben') }),
    'remove a cc': () => caller.stakeholders.deactivate({ ...ticket, stakeholderId: f.ritaStakeholderId }),
  };
}

async function attemptChange(change: string, role: ChangeRole): Promise<Outcome> {
  let f = await fixture();
  if (role === 'joinedAdmin') f = { ...f, version: (await t.caller('sam').stakeholders.join({ ticketId: f.ticketId, expectedVersion: f.version, role: 'actioner' })).version };
  const call = stakeholderChanges(t.caller(role === 'joinedAdmin' ? 'sam' : LOGIN[role]), f)[change]!();
  try {
    await call;
    return 'OK';
  } catch {
    return (await failureOf(call)).code as Outcome;
  }
}

describe('who may change the stakeholders', () => {
  it.each(Object.keys(STAKEHOLDER_CHANGES))('%s: exactly the expected roles may', async (change) => {
    const outcomes = await Promise.all(CHANGE_ROLES.map(async (role) => [role, await attemptChange(change, role)] as const));
    expect(Object.fromEntries(outcomes)).toEqual(STAKEHOLDER_CHANGES[change]);
    cells += CHANGE_ROLES.length;
  });
});

describe('lists and counts never leak', () => {
  it('shows each role exactly the tickets where it is (or belongs to) a stakeholder, and counts only those', async () => {
    // Tickets the fixture's people cannot see: the competitions team's own.
    for (let i = 0; i < 3; i++) await t.caller('cat').tickets.create({ type: 'contact', title: `Competition question ${i}`, metadata: { team: 'WCAT', message: 'When is the announcement?' } });
    const url = t.api.services.config.DATABASE_URL!;
    for (const role of ROLES.filter((r) => r !== 'anonymous')) {
      const login = LOGIN[role]!;
      const user = userId(login);
      const truth = await queryRows<{ id: number; state: string }>(
        url,
        `select t.id, t.state from tickets t
          where (select is_site_admin from users where id = $1)
             or exists (select 1 from ticket_stakeholders s where s.ticket_id = t.id and
                        ((s.principal_kind = 'user' and s.principal_id = $1) or
                         (s.principal_kind = 'group' and s.principal_id in (select group_id from group_memberships where user_id = $1))))`,
        [user],
      );
      const caller = t.caller(login);
      const seen: number[] = [];
      let cursor: string | undefined;
      let total: number;
      do {
        const page = await caller.tickets.list({ limit: 100, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item) => item.id));
        total = page.total;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.sort((a, b) => a - b), role).toEqual(truth.map((r) => r.id).sort((a, b) => a - b));
      expect(total, role).toBe(truth.length);
      const open = await caller.tickets.list({ state: 'open', limit: 1 });
      expect(open.total, `${role}, open`).toBe(truth.filter((r) => r.state === 'open').length);
      const settings = await caller.statuses.list();
      expect(settings.statuses.reduce((sum, s) => sum + s.tickets, 0), `${role}, status settings`).toBe(truth.length);
      listsCompared += 1;
    }
  });
});
