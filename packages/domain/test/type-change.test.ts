import { describe, expect, it } from 'vitest';
import { canChangeType, describeLogEntry, planTypeChange, resolveLifecycle, type Stakeholder, type Status, SYSTEM_STATUSES, type TicketFacts, type Viewer } from '../src/index.js';
import { status } from './fixtures/namespace-statuses.js';

const NOW = '2025-03-01T10:00:00.000Z';
const systemStatus = (name: string) => SYSTEM_STATUSES.find((s) => s.name === name)!;
const requested = status(3201, 'Requested', 'triage');
const applied = status(3202, 'Applied', 'done');
const rejected = status(3203, 'Rejected', 'canceled');
const duplicate = status(3204, 'Duplicate', 'canceled');
const inProgress = systemStatus('In progress');
const target = resolveLifecycle(
  { id: 41, name: 'Edit person', statusIds: [requested.id, inProgress.id, applied.id, rejected.id, duplicate.id], defaults: { open: requested.id, closed: applied.id, duplicate: duplicate.id } },
  [requested, inProgress, applied, rejected, duplicate],
);
const move = { from: { type: 'contact', title: 'Contact a team' }, to: { type: 'edit-person', title: "Edit a competitor's profile" }, previousMetadata: { team: 'WRT', message: 'My name is misspelt.' }, added: [] };

function ticketOn(on: Status, state: 'open' | 'closed'): TicketFacts {
  return { id: 7, state, statusId: on.id, duplicateOfId: null, closedAt: state === 'closed' ? NOW : null };
}

const ana: Viewer = { userId: 3, name: 'Ana', isSiteAdmin: false, memberships: [{ kind: 'group', id: 1, name: 'WRT' }] };
const stakeholder = (connection: Stakeholder['connection'], isActive = true): Stakeholder => ({ id: 1, principal: { kind: 'group', id: 1, name: 'WRT' }, connection, role: 'actioner', isActive });

describe('moving a ticket to another type', () => {
  it('is for an active assigned stakeholder or a site admin', () => {
    expect(canChangeType(ana, stakeholder('assigned'))).toBe(true);
    expect(canChangeType({ ...ana, isSiteAdmin: true }, null)).toBe(true);
    for (const refused of [stakeholder('cc'), stakeholder('assigned', false), null]) {
      expect(canChangeType(ana, refused)).toBe('Only the people working on this ticket (its assigned stakeholders) and site admins can move it to another type.');
    }
  });

  it('keeps the status of the same name and state, in one entry that keeps the old metadata', () => {
    const change = planTypeChange(ticketOn(inProgress, 'open'), inProgress, target, move, NOW);
    expect(change.facts).toEqual(ticketOn(inProgress, 'open'));
    expect(change.events).toEqual([{ type: 'ticket.type_changed', ...move, status: null }]);
    expect(describeLogEntry({ event: change.events[0]!, actor: { kind: 'user', userId: 3, name: 'Ana' }, actingAs: { kind: 'group', id: 1, name: 'WRT' } })).toBe(
      "Ana moved this ticket from Contact a team to Edit a competitor's profile on behalf of WRT.",
    );
  });

  it('keeps the state: a closed ticket lands on a status of the same category, an open one without either on the default', () => {
    const done = systemStatus('Done');
    const closed = planTypeChange(ticketOn(done, 'closed'), done, target, move, NOW);
    expect(closed.facts).toMatchObject({ state: 'closed', statusId: applied.id, closedAt: NOW });
    expect(closed.events[0]).toMatchObject({ status: { from: { name: 'Done' }, to: { name: 'Applied' } } });
    const toDo = systemStatus('To do');
    expect(planTypeChange(ticketOn(toDo, 'open'), toDo, target, move, NOW).facts).toMatchObject({ state: 'open', statusId: requested.id });
  });

  it('refuses a move to the type the ticket has', () => {
    expect(() => planTypeChange(ticketOn(inProgress, 'open'), inProgress, target, { ...move, to: move.from }, NOW)).toThrow('Ticket #7 is a Contact a team ticket already.');
  });
});
