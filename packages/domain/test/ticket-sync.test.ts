import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closeTicket,
  createTicket,
  findStatus,
  isDomainError,
  LogEvent,
  markDuplicate,
  reopenTicket,
  type ResolvedLifecycle,
  requireStatus,
  setStatus,
  stateOfStatus,
  type Status,
  SYSTEM_RESOLVED_LIFECYCLE,
  type TicketChange,
  TicketFacts,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { EDIT_PERSON_LIFECYCLE, editPersonStatuses, lifecycleArbitrary, strayStatus } from './fixtures/lifecycles.js';

const MONDAY = '2025-03-03T09:00:00.000Z';
const TUESDAY = '2025-03-04T09:00:00.000Z';
const WEDNESDAY = '2025-03-05T09:00:00.000Z';

function statusNamed(lifecycle: ResolvedLifecycle, name: string): Status {
  const status = lifecycle.statuses.find((candidate) => candidate.name === name);
  if (status === undefined) throw new Error(`Fixture lifecycle '${lifecycle.name}' has no status '${name}'.`);
  return status;
}

/** A ticket as created on Monday in the lifecycle, optionally in a given status. */
function newTicket(lifecycle: ResolvedLifecycle, statusName?: string): TicketFacts {
  const statusId = statusName === undefined ? undefined : statusNamed(lifecycle, statusName).id;
  return createTicket({ id: 12, ticketType: 'edit-person', title: 'Fix my name', lifecycle, statusId, now: MONDAY }).facts;
}

function statusNameOf(lifecycle: ResolvedLifecycle, facts: TicketFacts): string {
  return requireStatus(lifecycle, facts.statusId).name;
}

/** The same rules, read against the system lifecycle and against a plugin's custom one. */
const lifecycles = [
  {
    lifecycle: SYSTEM_RESOLVED_LIFECYCLE,
    open: 'To do',
    working: 'In progress',
    closed: 'Done',
    otherClosed: "Won't do",
    duplicate: 'Duplicate',
  },
  {
    lifecycle: EDIT_PERSON_LIFECYCLE,
    open: 'Requested',
    working: 'Under review',
    closed: 'Applied',
    otherClosed: 'Rejected',
    duplicate: 'Duplicate',
  },
];

describe.each(lifecycles)('state and status in the $lifecycle.name lifecycle', ({ lifecycle, open, working, closed, otherClosed, duplicate }) => {
  describe('creating a ticket', () => {
    it(`starts open in the default open status '${open}' and logs the creation`, () => {
      const { facts, events } = createTicket({ id: 12, ticketType: 'edit-person', title: 'Fix my name', lifecycle, now: MONDAY });
      expect(facts).toEqual({ id: 12, state: 'open', statusId: statusNamed(lifecycle, open).id, duplicateOfId: null, closedAt: null });
      expect(events).toEqual([
        {
          type: 'ticket.created',
          ticketType: 'edit-person',
          title: 'Fix my name',
          status: { id: facts.statusId, name: open, category: statusNamed(lifecycle, open).category },
          state: 'open',
        },
      ]);
    });

    it('may start in a given status, its state following that status (closed since now)', () => {
      const facts = newTicket(lifecycle, otherClosed);
      expect(facts.state).toBe('closed');
      expect(facts.closedAt).toBe(MONDAY);
      expect(newTicket(lifecycle, working)).toMatchObject({ state: 'open', closedAt: null });
    });

    it('refuses a starting status outside the lifecycle', () => {
      const error = domainErrorFrom(() =>
        createTicket({ id: 12, ticketType: 'edit-person', title: 'Fix my name', lifecycle, statusId: strayStatus.id, now: MONDAY }),
      );
      expect(error.code).toBe('lifecycle.status_not_in_lifecycle');
      expect(error.message).toContain(`lifecycle '${lifecycle.name}'`);
    });
  });

  describe('closing', () => {
    it(`moves an open ticket to the default closed status '${closed}'`, () => {
      const ticket = setStatus(newTicket(lifecycle), statusNamed(lifecycle, working).id, lifecycle, MONDAY).facts;
      const { facts, events } = closeTicket(ticket, lifecycle, TUESDAY);
      expect(statusNameOf(lifecycle, facts)).toBe(closed);
      expect(facts).toMatchObject({ state: 'closed', closedAt: TUESDAY });
      expect(events).toEqual([
        {
          type: 'ticket.status_changed',
          from: { id: ticket.statusId, name: working, category: statusNamed(lifecycle, working).category },
          to: { id: facts.statusId, name: closed, category: statusNamed(lifecycle, closed).category },
        },
        { type: 'ticket.state_changed', from: 'open', to: 'closed' },
      ]);
    });

    it('keeps a status that already is a closed one, and only the state catches up', () => {
      const outOfStep: TicketFacts = { ...newTicket(lifecycle), statusId: statusNamed(lifecycle, otherClosed).id };
      const { facts, events } = closeTicket(outOfStep, lifecycle, TUESDAY);
      expect(statusNameOf(lifecycle, facts)).toBe(otherClosed);
      expect(facts).toMatchObject({ state: 'closed', closedAt: TUESDAY });
      expect(events).toEqual([{ type: 'ticket.state_changed', from: 'open', to: 'closed' }]);
    });

    it('refuses a ticket that is already closed', () => {
      const ticket = closeTicket(newTicket(lifecycle), lifecycle, MONDAY).facts;
      const error = domainErrorFrom(() => closeTicket(ticket, lifecycle, TUESDAY));
      expect([error.kind, error.code]).toEqual(['precondition', 'ticket.already_closed']);
      expect(error.message).toBe('Ticket #12 is already closed. To record a different outcome, set another closed status instead.');
    });
  });

  describe('reopening', () => {
    it(`moves a closed ticket to the default open status '${open}' and forgets when it closed`, () => {
      const ticket = newTicket(lifecycle, otherClosed);
      const { facts, events } = reopenTicket(ticket, lifecycle);
      expect(statusNameOf(lifecycle, facts)).toBe(open);
      expect(facts).toMatchObject({ state: 'open', closedAt: null });
      expect(events.map((event) => event.type)).toEqual(['ticket.status_changed', 'ticket.state_changed']);
      expect(events[1]).toEqual({ type: 'ticket.state_changed', from: 'closed', to: 'open' });
    });

    it('refuses a ticket that is already open', () => {
      const error = domainErrorFrom(() => reopenTicket(newTicket(lifecycle, working), lifecycle));
      expect([error.kind, error.code]).toEqual(['precondition', 'ticket.already_open']);
      expect(error.message).toBe('Ticket #12 is already open. To move it to another step, set its status instead.');
    });
  });

  describe('marking as a duplicate', () => {
    it(`closes the ticket in the default duplicate status '${duplicate}' and keeps the link`, () => {
      const { facts, events } = markDuplicate(newTicket(lifecycle), 7, lifecycle, TUESDAY);
      expect(statusNameOf(lifecycle, facts)).toBe(duplicate);
      expect(facts).toMatchObject({ state: 'closed', duplicateOfId: 7, closedAt: TUESDAY });
      expect(events.map((event) => event.type)).toEqual(['ticket.duplicate_marked', 'ticket.status_changed', 'ticket.state_changed']);
      expect(events[0]).toEqual({ type: 'ticket.duplicate_marked', duplicateOfId: 7 });
    });

    it('keeps the time a closed ticket closed when it turns out to be a duplicate', () => {
      const { facts, events } = markDuplicate(newTicket(lifecycle, closed), 7, lifecycle, TUESDAY);
      expect(facts).toMatchObject({ state: 'closed', closedAt: MONDAY, duplicateOfId: 7 });
      expect(events.map((event) => event.type)).toEqual(['ticket.duplicate_marked', 'ticket.status_changed']);
    });

    it('changes nothing when marked again as a duplicate of the same ticket', () => {
      const marked = markDuplicate(newTicket(lifecycle), 7, lifecycle, TUESDAY).facts;
      const again = markDuplicate(marked, 7, lifecycle, WEDNESDAY);
      expect(again.facts).toEqual(marked);
      expect(again.events).toEqual([]);
    });

    it('logs only the new link when a duplicate is pointed at another ticket', () => {
      const marked = markDuplicate(newTicket(lifecycle), 7, lifecycle, TUESDAY).facts;
      const { facts, events } = markDuplicate(marked, 8, lifecycle, WEDNESDAY);
      expect(facts).toEqual({ ...marked, duplicateOfId: 8 });
      expect(events).toEqual([{ type: 'ticket.duplicate_marked', duplicateOfId: 8 }]);
    });

    it('refuses to mark a ticket as a duplicate of itself', () => {
      const error = domainErrorFrom(() => markDuplicate(newTicket(lifecycle), 12, lifecycle, TUESDAY));
      expect([error.kind, error.code]).toEqual(['invalid', 'ticket.duplicate_of_itself']);
      expect(error.message).toBe('Ticket #12 cannot be a duplicate of itself; choose the ticket it repeats.');
    });

    it('refuses a ticket number that is not a positive whole number', () => {
      expect(domainErrorFrom(() => markDuplicate(newTicket(lifecycle), 0, lifecycle, TUESDAY)).code).toBe('ticket.invalid_id');
      expect(domainErrorFrom(() => markDuplicate(newTicket(lifecycle), 1.5, lifecycle, TUESDAY)).code).toBe('ticket.invalid_id');
    });

    it('can later be set to any other status, keeping the link to the original', () => {
      const marked = markDuplicate(newTicket(lifecycle), 7, lifecycle, TUESDAY).facts;
      const reopened = setStatus(marked, statusNamed(lifecycle, working).id, lifecycle, WEDNESDAY);
      expect(reopened.facts).toMatchObject({ state: 'open', closedAt: null, duplicateOfId: 7 });
      expect(reopened.events.map((event) => event.type)).toEqual(['ticket.status_changed', 'ticket.state_changed']);
      const otherOutcome = setStatus(marked, statusNamed(lifecycle, otherClosed).id, lifecycle, WEDNESDAY);
      expect(otherOutcome.facts).toMatchObject({ state: 'closed', closedAt: TUESDAY, duplicateOfId: 7 });
      expect(otherOutcome.events.map((event) => event.type)).toEqual(['ticket.status_changed']);
    });
  });

  describe('setting a status', () => {
    it('closes the ticket when the status is in a closed category', () => {
      const { facts, events } = setStatus(newTicket(lifecycle), statusNamed(lifecycle, otherClosed).id, lifecycle, TUESDAY);
      expect(facts).toMatchObject({ state: 'closed', closedAt: TUESDAY });
      expect(events).toContainEqual({ type: 'ticket.state_changed', from: 'open', to: 'closed' });
    });

    it('reopens the ticket when the status is in an open category', () => {
      const { facts, events } = setStatus(newTicket(lifecycle, closed), statusNamed(lifecycle, working).id, lifecycle, TUESDAY);
      expect(statusNameOf(lifecycle, facts)).toBe(working);
      expect(facts).toMatchObject({ state: 'open', closedAt: null });
      expect(events).toContainEqual({ type: 'ticket.state_changed', from: 'closed', to: 'open' });
    });

    it('moves between two closed statuses without reopening, keeping when it closed', () => {
      const { facts, events } = setStatus(newTicket(lifecycle, closed), statusNamed(lifecycle, otherClosed).id, lifecycle, TUESDAY);
      expect(facts).toMatchObject({ state: 'closed', closedAt: MONDAY });
      expect(events.map((event) => event.type)).toEqual(['ticket.status_changed']);
    });

    it('changes nothing and logs nothing when the status is the current one', () => {
      const ticket = newTicket(lifecycle, working);
      const { facts, events } = setStatus(ticket, ticket.statusId, lifecycle, TUESDAY);
      expect(facts).toBe(ticket);
      expect(events).toEqual([]);
    });

    it('refuses a status that is not part of the lifecycle, listing the ones to choose from', () => {
      const error = domainErrorFrom(() => setStatus(newTicket(lifecycle), strayStatus.id, lifecycle, TUESDAY));
      expect([error.kind, error.code]).toEqual(['invalid', 'lifecycle.status_not_in_lifecycle']);
      expect(error.message).toContain(lifecycle.statuses.map((status) => status.name).join(', '));
    });

    it('refuses a time that is not an ISO timestamp', () => {
      const error = domainErrorFrom(() => setStatus(newTicket(lifecycle), statusNamed(lifecycle, closed).id, lifecycle, 'next Tuesday'));
      expect([error.kind, error.code]).toEqual(['invalid', 'ticket.invalid_time']);
      expect(error.message).toContain("'next Tuesday' is not a valid time");
    });
  });
});

describe('a ticket whose status has left its lifecycle', () => {
  const stranded: TicketFacts = { id: 12, state: 'open', statusId: strayStatus.id, duplicateOfId: null, closedAt: null };

  it('moves into the lifecycle, naming the old status in the log when the caller supplies it', () => {
    const { facts, events } = setStatus(stranded, editPersonStatuses.underReview.id, EDIT_PERSON_LIFECYCLE, TUESDAY, {
      currentStatus: strayStatus,
    });
    expect(facts.statusId).toBe(editPersonStatuses.underReview.id);
    expect(events).toEqual([
      {
        type: 'ticket.status_changed',
        from: { id: strayStatus.id, name: 'Blocked', category: 'in_progress' },
        to: { id: editPersonStatuses.underReview.id, name: 'Under review', category: 'in_progress' },
      },
    ]);
  });

  it('names the old status by its id when nothing else is known', () => {
    const { events } = closeTicket(stranded, EDIT_PERSON_LIFECYCLE, TUESDAY);
    const statusChange = events.find((event) => event.type === 'ticket.status_changed');
    expect(statusChange?.from).toMatchObject({ id: strayStatus.id, name: `Status #${strayStatus.id}` });
    expect(LogEvent.array().safeParse(events).success).toBe(true);
  });

  it('closes into the default closed status and reopens into the default open one', () => {
    expect(closeTicket(stranded, EDIT_PERSON_LIFECYCLE, TUESDAY).facts.statusId).toBe(editPersonStatuses.applied.id);
    const strandedClosed: TicketFacts = { ...stranded, state: 'closed', closedAt: MONDAY };
    expect(reopenTicket(strandedClosed, EDIT_PERSON_LIFECYCLE).facts.statusId).toBe(editPersonStatuses.requested.id);
  });
});

describe('a lifecycle whose default is in a category that cannot hold it', () => {
  it('is reported by name instead of leaving the state out of step with the status', () => {
    const broken: ResolvedLifecycle = {
      ...SYSTEM_RESOLVED_LIFECYCLE,
      defaults: { ...SYSTEM_RESOLVED_LIFECYCLE.defaults, closed: 2 },
    };
    const error = domainErrorFrom(() => closeTicket(newTicket(broken), broken, TUESDAY));
    expect(error.code).toBe('lifecycle.invalid_default');
    expect(error.message).toContain("'In progress'");
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: whatever happens to a ticket, its state and status agree and the log tells the truth.

type Operation =
  | { readonly kind: 'set'; readonly pick: number }
  | { readonly kind: 'close' }
  | { readonly kind: 'reopen' }
  | { readonly kind: 'duplicate'; readonly of: number };

const TICKET_ID = 5;

const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat() }),
  fc.constant({ kind: 'close' as const }),
  fc.constant({ kind: 'reopen' as const }),
  // Small ids, so the ticket itself (#5) and repeated originals both come up.
  fc.record({ kind: fc.constant('duplicate' as const), of: fc.integer({ min: 1, max: 8 }) }),
);

const anyLifecycle = fc.oneof(fc.constantFrom(SYSTEM_RESOLVED_LIFECYCLE, EDIT_PERSON_LIFECYCLE), lifecycleArbitrary);

function minutesAfterMonday(minutes: number): string {
  return new Date(Date.parse(MONDAY) + minutes * 60_000).toISOString();
}

function apply(operation: Operation, facts: TicketFacts, lifecycle: ResolvedLifecycle, now: string): TicketChange {
  switch (operation.kind) {
    case 'set': {
      const target = lifecycle.statuses[operation.pick % lifecycle.statuses.length];
      if (target === undefined) throw new Error('Fixture lifecycles are never empty.');
      return setStatus(facts, target.id, lifecycle, now);
    }
    case 'close':
      return closeTicket(facts, lifecycle, now);
    case 'reopen':
      return reopenTicket(facts, lifecycle);
    case 'duplicate':
      return markDuplicate(facts, operation.of, lifecycle, now);
  }
}

/** The only reasons a rule may refuse, given that every status offered is part of the lifecycle. */
function expectedRefusal(operation: Operation, facts: TicketFacts): string | null {
  if (operation.kind === 'close' && facts.state === 'closed') return 'ticket.already_closed';
  if (operation.kind === 'reopen' && facts.state === 'open') return 'ticket.already_open';
  if (operation.kind === 'duplicate' && operation.of === facts.id) return 'ticket.duplicate_of_itself';
  return null;
}

function expectInSync(facts: TicketFacts, lifecycle: ResolvedLifecycle): void {
  expect(TicketFacts.safeParse(facts).success).toBe(true);
  const status = findStatus(lifecycle, facts.statusId);
  expect(status, 'the status is part of the lifecycle').toBeDefined();
  if (status === undefined) return;
  expect(facts.state).toBe(stateOfStatus(status));
  expect(facts.closedAt !== null).toBe(facts.state === 'closed');
}

function expectTruthfulLog(before: TicketFacts, change: TicketChange, lifecycle: ResolvedLifecycle, now: string): void {
  const { facts: after, events } = change;
  expect(LogEvent.array().safeParse(events).success).toBe(true);
  const statusEvents = events.filter((event) => event.type === 'ticket.status_changed');
  const stateEvents = events.filter((event) => event.type === 'ticket.state_changed');
  const duplicateEvents = events.filter((event) => event.type === 'ticket.duplicate_marked');

  if (after.statusId === before.statusId) {
    expect(statusEvents).toEqual([]);
  } else {
    expect(statusEvents).toHaveLength(1);
    expect(statusEvents[0]?.from.id).toBe(before.statusId);
    expect(statusEvents[0]?.to).toEqual({
      id: after.statusId,
      name: requireStatus(lifecycle, after.statusId).name,
      category: requireStatus(lifecycle, after.statusId).category,
    });
  }

  if (after.state === before.state) {
    expect(stateEvents).toEqual([]);
    if (after.state === 'closed') expect(after.closedAt, 'a ticket that stays closed keeps its closing time').toBe(before.closedAt);
  } else {
    expect(stateEvents).toEqual([{ type: 'ticket.state_changed', from: before.state, to: after.state }]);
    if (after.state === 'closed') expect(after.closedAt).toBe(now);
  }

  if (after.duplicateOfId !== before.duplicateOfId) {
    expect(duplicateEvents).toEqual([{ type: 'ticket.duplicate_marked', duplicateOfId: after.duplicateOfId }]);
  }

  if (JSON.stringify(after) === JSON.stringify(before)) {
    expect(events, 'nothing changed, so nothing is logged').toEqual([]);
  } else {
    expect(events.length, 'a change is always logged').toBeGreaterThan(0);
  }
}

describe('state↔status properties', () => {
  it('keep state, status and closing time in step, and log exactly what changed, after any sequence of moves', () => {
    fc.assert(
      fc.property(
        anyLifecycle,
        fc.option(fc.nat(), { nil: undefined }),
        fc.array(operationArbitrary, { maxLength: 25 }),
        (lifecycle, startPick, operations) => {
          const startStatus = startPick === undefined ? undefined : lifecycle.statuses[startPick % lifecycle.statuses.length];
          const created = createTicket({
            id: TICKET_ID,
            ticketType: 'any',
            title: 'Any ticket',
            lifecycle,
            statusId: startStatus?.id,
            now: MONDAY,
          });
          let facts = created.facts;
          expectInSync(facts, lifecycle);
          expect(created.events).toEqual([
            expect.objectContaining({ type: 'ticket.created', state: facts.state, status: expect.objectContaining({ id: facts.statusId }) }),
          ]);

          operations.forEach((operation, step) => {
            const now = minutesAfterMonday(step + 1);
            let change: TicketChange;
            try {
              change = apply(operation, facts, lifecycle, now);
            } catch (error) {
              expect(isDomainError(error)).toBe(true);
              if (isDomainError(error)) expect(error.code).toBe(expectedRefusal(operation, facts));
              return;
            }
            expect(expectedRefusal(operation, facts), 'a rule refused nothing it should have').toBeNull();
            expectInSync(change.facts, lifecycle);
            expectTruthfulLog(facts, change, lifecycle, now);
            facts = change.facts;
          });
        },
      ),
    );
  });

  it('treat setting the same status twice as one change', () => {
    fc.assert(
      fc.property(anyLifecycle, fc.nat(), fc.nat(), (lifecycle, startPick, targetPick) => {
        const start = lifecycle.statuses[startPick % lifecycle.statuses.length];
        const target = lifecycle.statuses[targetPick % lifecycle.statuses.length];
        if (start === undefined || target === undefined) throw new Error('Fixture lifecycles are never empty.');
        const created = createTicket({ id: TICKET_ID, ticketType: 'any', title: 'Any', lifecycle, statusId: start.id, now: MONDAY });
        const once = setStatus(created.facts, target.id, lifecycle, TUESDAY);
        const twice = setStatus(once.facts, target.id, lifecycle, WEDNESDAY);
        expect(twice.facts).toEqual(once.facts);
        expect(twice.events).toEqual([]);
      }),
    );
  });

  it('bring a ticket stranded outside its lifecycle into it with any successful move', () => {
    fc.assert(
      fc.property(anyLifecycle, fc.constantFrom('open' as const, 'closed' as const), operationArbitrary, (lifecycle, state, operation) => {
        const stranded: TicketFacts = {
          id: TICKET_ID,
          state,
          statusId: strayStatus.id,
          duplicateOfId: null,
          closedAt: state === 'closed' ? MONDAY : null,
        };
        let change: TicketChange;
        try {
          change = apply(operation, stranded, lifecycle, TUESDAY);
        } catch (error) {
          expect(isDomainError(error)).toBe(true);
          return;
        }
        expectInSync(change.facts, lifecycle);
        expect(change.events.some((event) => event.type === 'ticket.status_changed')).toBe(true);
      }),
    );
  });
});
