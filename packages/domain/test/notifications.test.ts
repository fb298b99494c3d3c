import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notificationsFor, samePrincipal, type Stakeholder } from '../src/index.js';
import { ana, arbitraryStakeholders, bob, carla, stakeholder, wrt, wst } from './fixtures/stakeholders.js';

// Ana asked; the results team works on it; Bob is in copy; Carla, a site admin, joined in bcc; WST was handed it on before.
const ticket: Stakeholder[] = [
  stakeholder(1, ana, 'cc', 'requester'),
  stakeholder(2, wrt, 'assigned', 'actioner'),
  stakeholder(3, bob, 'cc', 'actioner'),
  stakeholder(4, carla, 'bcc', 'actioner'),
  stakeholder(5, wst, 'assigned', 'actioner', false),
];
const names = (list: readonly Stakeholder[]) => list.map((s) => s.principal.name);

describe('who hears about an event', () => {
  it('tells the requester a ticket was received, with the active team in cc but never a bcc or inactive stakeholder', () => {
    const mails = notificationsFor({ kind: 'ticket.received' }, ticket);
    expect(mails.map((m) => ({ to: m.to.principal.name, cc: names(m.cc) }))).toEqual([{ to: 'Ana', cc: ['WRT', 'Bob'] }]);
  });

  it('tells the requester a ticket was closed, the same way', () => {
    expect(notificationsFor({ kind: 'ticket.closed' }, ticket).map((m) => m.to.principal.name)).toEqual(['Ana']);
  });

  it('sends a comment written by Bob for WRT to every other active stakeholder, each on their own', () => {
    const mails = notificationsFor({ kind: 'comment.added', authorUserId: bob.id, actingStakeholderId: 2 }, ticket);
    expect(mails.map((m) => m.to.principal.name)).toEqual(['Ana', 'Carla']);
    expect(mails.every((m) => m.cc.length === 0)).toBe(true);
  });

  it('never sends a comment to its author nor to the stakeholder they spoke for, and only to active stakeholders', () => {
    fc.assert(
      fc.property(arbitraryStakeholders, fc.constantFrom(101, 102, 103), fc.nat(), (stakeholders, authorUserId, pick) => {
        const acting = stakeholders.length > 0 ? stakeholders[pick % stakeholders.length]!.id : 1;
        const mails = notificationsFor({ kind: 'comment.added', authorUserId, actingStakeholderId: acting }, stakeholders);
        for (const mail of mails) {
          expect(mail.to.isActive).toBe(true);
          expect(mail.to.id).not.toBe(acting);
          expect(samePrincipal(mail.to.principal, { kind: 'user', id: authorUserId })).toBe(false);
        }
        const recipients = mails.map((m) => `${m.to.principal.kind}:${m.to.principal.id}`);
        expect(new Set(recipients).size).toBe(recipients.length);
      }),
    );
  });
});
