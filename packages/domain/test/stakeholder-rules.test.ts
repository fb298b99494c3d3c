import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canActOnTicket,
  canSeeTicket,
  isDomainError,
  planAddStakeholder,
  planAdminJoin,
  planDeactivate,
  planHandOver,
  resolveActingAs,
  samePrincipal,
  type HandOverPlan,
  type Stakeholder,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { ana, anasTicket, applyStakeholderPlan, arbitraryPrincipal, arbitraryStakeholders, bob, carla, helsinkiOpen, stakeholder, viewerAs, wrt, wst } from './fixtures/stakeholders.js';

describe('adding a stakeholder', () => {
  it('adds them active and logs who was added, how and in which role', () => {
    const plan = planAddStakeholder(anasTicket, { principal: wst, connection: 'cc', role: 'actioner' });
    expect(plan.add).toEqual({ principal: wst, connection: 'cc', role: 'actioner', isActive: true });
    expect(plan.events).toEqual([
      { type: 'stakeholder.added', stakeholder: { principal: wst, connection: 'cc', role: 'actioner' } },
    ]);
    const after = applyStakeholderPlan(anasTicket, plan);
    expect(canActOnTicket(viewerAs(bob, [wst]), after)).toBe(true);
  });

  it('refuses a principal that already is an active stakeholder with that connection, naming it', () => {
    const error = domainErrorFrom(() =>
      planAddStakeholder(anasTicket, { principal: wrt, connection: 'assigned', role: 'requester' }),
    );
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('WRT');
  });

  it('allows the same principal with another connection', () => {
    const plan = planAddStakeholder(anasTicket, { principal: ana, connection: 'assigned', role: 'actioner' });
    expect(plan.add.principal).toEqual(ana);
  });

  it('re-adds an inactive stakeholder as a new active row, keeping the old one as history', () => {
    const handedOff = [
      stakeholder(1, ana, 'cc', 'requester'),
      stakeholder(2, wrt, 'assigned', 'actioner', false),
      stakeholder(3, carla, 'assigned', 'actioner'),
    ];
    const plan = planAddStakeholder(handedOff, { principal: wrt, connection: 'assigned', role: 'actioner' });
    const after = applyStakeholderPlan(handedOff, plan);
    const wrtRows = after.filter((row) => samePrincipal(row.principal, wrt));
    expect(wrtRows.map((row) => row.isActive)).toEqual([false, true]);
    expect(resolveActingAs(viewerAs(bob, [wrt]), after).id).toBe(wrtRows[1]?.id);
  });
});

describe('handing a ticket on', () => {
  it('adds the new assignee with the same connection and role and keeps the previous one, inactive', () => {
    const plan = planHandOver(anasTicket, 2, carla);
    const after = applyStakeholderPlan(anasTicket, plan);

    expect(after).toHaveLength(anasTicket.length + 1);
    expect(after.find((row) => row.id === 2)).toEqual({ ...anasTicket[1], isActive: false });
    const newAssignee = after.find((row) => samePrincipal(row.principal, carla));
    expect(newAssignee).toMatchObject({ connection: 'assigned', role: 'actioner', isActive: true });
    expect(plan.events.map((event) => [event.type, event.stakeholder.principal.name])).toEqual([
      ['stakeholder.added', 'Carla'],
      ['stakeholder.deactivated', 'WRT'],
    ]);
  });

  it('leaves the previous assignee able to read but no longer to act', () => {
    const after = applyStakeholderPlan(anasTicket, planHandOver(anasTicket, 2, carla));
    const wrtMember = viewerAs(bob, [wrt]);
    expect(canSeeTicket(wrtMember, after)).toBe(true);
    expect(canActOnTicket(wrtMember, after)).toBe(false);
    expect(canActOnTicket(viewerAs(carla), after)).toBe(true);
  });

  it('lets a Delegate hand a claim on to another competition', () => {
    const claim = [stakeholder(1, ana, 'cc', 'requester'), stakeholder(2, helsinkiOpen, 'assigned', 'actioner')];
    const other = { kind: 'competition', id: 2026, name: 'Espoo Winter 2026' };
    const after = applyStakeholderPlan(claim, planHandOver(claim, 2, other));
    expect(canActOnTicket(viewerAs(carla, [other]), after)).toBe(true);
    expect(canActOnTicket(viewerAs(bob, [helsinkiOpen]), after)).toBe(false);
  });

  it('refuses to hand on from a stakeholder that is already inactive', () => {
    const handedOff = applyStakeholderPlan(anasTicket, planHandOver(anasTicket, 2, carla));
    const error = domainErrorFrom(() => planHandOver(handedOff, 2, bob));
    expect(error.kind).toBe('precondition');
    expect(error.message).toContain('WRT');
  });

  it('refuses to hand on from a stakeholder that is not on the ticket', () => {
    expect(domainErrorFrom(() => planHandOver(anasTicket, 42, carla)).kind).toBe('not_found');
  });

  it('refuses to hand on to the same principal', () => {
    const error = domainErrorFrom(() => planHandOver(anasTicket, 2, wrt));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('WRT');
  });

  it('refuses to hand on to someone already actively holding that connection', () => {
    const twoAssignees = [...anasTicket, stakeholder(3, carla, 'assigned', 'actioner')];
    const error = domainErrorFrom(() => planHandOver(twoAssignees, 2, carla));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('Carla');
  });
});

describe('making a stakeholder inactive', () => {
  it('logs it, and the stakeholder keeps read access', () => {
    const plan = planDeactivate(anasTicket, 1);
    expect(plan.events).toEqual([
      { type: 'stakeholder.deactivated', stakeholder: { principal: ana, connection: 'cc', role: 'requester' } },
    ]);
    const after = applyStakeholderPlan(anasTicket, plan);
    expect(canSeeTicket(viewerAs(ana), after)).toBe(true);
    expect(canActOnTicket(viewerAs(ana), after)).toBe(false);
  });

  it('refuses a stakeholder that is already inactive', () => {
    const after = applyStakeholderPlan(anasTicket, planDeactivate(anasTicket, 1));
    expect(domainErrorFrom(() => planDeactivate(after, 1)).kind).toBe('conflict');
  });

  it('refuses the last active assignee, pointing to handing the ticket on', () => {
    const error = domainErrorFrom(() => planDeactivate(anasTicket, 2));
    expect(error.kind).toBe('precondition');
    expect(error.message).toContain('WRT');
    expect(error.message).toContain('hand the ticket on');
  });

  it('allows an assignee to step back while another assignee stays', () => {
    const twoAssignees = [...anasTicket, stakeholder(3, carla, 'assigned', 'actioner')];
    expect(planDeactivate(twoAssignees, 2).deactivate).toBe(2);
  });

  it('refuses an id that is not on the ticket', () => {
    expect(domainErrorFrom(() => planDeactivate(anasTicket, 42)).kind).toBe('not_found');
  });
});

describe('a site admin joining a ticket', () => {
  const admin = viewerAs(carla, [], true);

  it('joins as a bcc stakeholder with the chosen role, logged, and can then act as themselves', () => {
    const plan = planAdminJoin(admin, anasTicket, 'actioner');
    expect(plan.add).toMatchObject({
      principal: { kind: 'user', id: carla.id },
      connection: 'bcc',
      role: 'actioner',
      isActive: true,
    });
    expect(plan.events).toEqual([
      { type: 'stakeholder.added', stakeholder: { principal: plan.add.principal, connection: 'bcc', role: 'actioner' } },
    ]);
    const after = applyStakeholderPlan(anasTicket, plan);
    expect(resolveActingAs(admin, after).principal).toMatchObject({ kind: 'user', id: carla.id });
  });

  it('is refused for someone who is not a site admin', () => {
    expect(domainErrorFrom(() => planAdminJoin(viewerAs(bob), anasTicket, 'actioner')).kind).toBe('forbidden');
  });

  it('is refused when the admin already is an active stakeholder as themselves', () => {
    const joined = applyStakeholderPlan(anasTicket, planAdminJoin(admin, anasTicket, 'actioner'));
    expect(domainErrorFrom(() => planAdminJoin(admin, joined, 'requester')).kind).toBe('conflict');
  });

  it('is allowed again after the admin’s own row was made inactive, or when they only belong to a stakeholder group', () => {
    const joined = applyStakeholderPlan(anasTicket, planAdminJoin(admin, anasTicket, 'actioner'));
    const left = applyStakeholderPlan(joined, planDeactivate(joined, 3));
    expect(planAdminJoin(admin, left, 'actioner').add.isActive).toBe(true);
    expect(planAdminJoin(viewerAs(carla, [wrt], true), anasTicket, 'actioner').add.connection).toBe('bcc');
  });
});

describe('stakeholder plans, for any ticket', () => {
  // Every replaced stakeholder stays, inactive; each hand-over logs one addition and one deactivation.
  it('keeps the whole history through any sequence of hand-overs', () => {
    const handOverRequest = fc.record({ pick: fc.nat(), to: arbitraryPrincipal });
    fc.assert(
      fc.property(arbitraryStakeholders, fc.array(handOverRequest, { maxLength: 8 }), (initial, requests) => {
        let rows = initial;
        const replaced: Stakeholder[] = [];
        for (const request of requests) {
          const active = rows.filter((row) => row.isActive);
          // Mostly hand on from an active row; sometimes from an inactive one, which must be refused.
          const pool = active.length > 0 && request.pick % 4 !== 0 ? active : rows;
          const from = pool[request.pick % Math.max(pool.length, 1)];
          if (from === undefined) continue;
          let plan: HandOverPlan;
          try {
            plan = planHandOver(rows, from.id, request.to);
          } catch (error) {
            expect(isDomainError(error)).toBe(true);
            continue;
          }
          expect(from.isActive).toBe(true);
          expect(plan.deactivate).toBe(from.id);
          expect(plan.events.filter((event) => event.type === 'stakeholder.added')).toHaveLength(1);
          expect(plan.events.filter((event) => event.type === 'stakeholder.deactivated')).toHaveLength(1);
          expect(plan.add).toEqual({ principal: request.to, connection: from.connection, role: from.role, isActive: true });
          rows = applyStakeholderPlan(rows, plan);
          replaced.push(from);
        }
        expect(rows).toHaveLength(initial.length + replaced.length);
        for (const old of replaced) {
          expect(rows.find((row) => row.id === old.id)).toEqual({ ...old, isActive: false });
        }
      }),
    );
  });

  it('never lets a principal hold two active rows with the same connection through adding', () => {
    const addRequest = fc.record({
      principal: arbitraryPrincipal,
      connection: fc.constantFrom('assigned' as const, 'cc' as const, 'bcc' as const),
      role: fc.constantFrom('requester' as const, 'actioner' as const),
    });
    fc.assert(
      fc.property(fc.array(addRequest, { maxLength: 12 }), (requests) => {
        let rows: Stakeholder[] = [];
        for (const request of requests) {
          try {
            rows = applyStakeholderPlan(rows, planAddStakeholder(rows, request));
          } catch (error) {
            expect(isDomainError(error)).toBe(true);
          }
        }
        const activeKeys = rows
          .filter((row) => row.isActive)
          .map((row) => `${row.principal.kind}:${row.principal.id}:${row.connection}`);
        expect(new Set(activeKeys).size).toBe(activeKeys.length);
      }),
    );
  });
});
