import type { Stakeholder } from '@tickets/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allOf, defineTicketType, onlyGroup, whileOpen } from '../src/index.js';
import { definePlayground } from '../src/widget/index.js';
import { playgroundScene, ticketPageFor } from '../src/widget/testing/index.js';

const ticketType = defineTicketType({
  type: 'bug-report',
  title: 'Report a bug',
  metadata: z.object({ page: z.string() }),
  lifecycle: {
    statuses: [
      { name: 'Reported', category: 'triage', color: '#737278' },
      { name: 'Fixed', category: 'done', color: '#108548', description: 'Fixed on the site.' },
    ],
    defaults: { open: 'Reported', closed: 'Fixed', duplicate: 'Fixed' },
  },
  actions: { confirm: { title: 'Confirm the bug', input: z.object({}), can: allOf(whileOpen, onlyGroup('WST', 'confirm a bug')) } },
});

const rita: Stakeholder = { id: 11, principal: { kind: 'user', id: 2, name: 'Rita Lopes' }, connection: 'cc', role: 'requester', isActive: true };
const wst: Stakeholder = { id: 12, principal: { kind: 'group', id: 3, name: 'WST' }, connection: 'assigned', role: 'actioner', isActive: true };
const wes = { userId: 7, name: 'Wes Turner', isSiteAdmin: false, memberships: [wst.principal] };
const metadata = { page: 'https://example.org' };

describe('playgroundScene', () => {
  it('builds the ticket from the type’s lifecycle, in its open default unless told', () => {
    const { ticket } = playgroundScene(ticketType, { metadata, actingAs: wst, stakeholders: [rita, wst], ticket: { title: 'Rankings broken' } });
    expect(ticket).toMatchObject({ type: 'bug-report', typeTitle: 'Report a bug', title: 'Rankings broken', state: 'open', closedAt: null, status: { name: 'Reported', icon: 'status-neutral' } });
    expect(ticket.actingAs).toEqual({ stakeholderId: 12, name: 'WST', connection: 'assigned', role: 'actioner' });
    expect(ticket.statuses.map((status) => [status.name, status.state, status.description])).toEqual([
      ['Reported', 'open', null],
      ['Fixed', 'closed', 'Fixed on the site.'],
    ]);
    expect(playgroundScene(ticketType, { metadata, actingAs: wst, status: 'Fixed' }).ticket).toMatchObject({ state: 'closed', closedAt: expect.any(String) });
  });

  it('offers each action as the server would: judged by its own `can`, or refused as told', () => {
    expect(playgroundScene(ticketType, { metadata, actingAs: wst, viewer: wes }).actions).toEqual([{ key: 'confirm', title: 'Confirm the bug', description: null, allowed: true, reason: null }]);
    const closed = playgroundScene(ticketType, { metadata, actingAs: wst, viewer: wes, status: 'Fixed' }).actions[0];
    expect(closed).toMatchObject({ allowed: false, reason: 'Ticket #42 is closed; reopen it first.' });
    const ritaViewer = { userId: 2, name: 'Rita Lopes', isSiteAdmin: false, memberships: [] };
    expect(playgroundScene(ticketType, { metadata, actingAs: rita, viewer: ritaViewer }).actions[0]?.reason).toBe('Only members of WST can confirm a bug.');
    expect(playgroundScene(ticketType, { metadata, actingAs: wst }).actions[0]?.allowed).toBe(true);
    expect(playgroundScene(ticketType, { metadata, actingAs: wst, refused: { confirm: 'Not now.' } }).actions[0]).toMatchObject({ allowed: false, reason: 'Not now.' });
  });
});

describe('ticketPageFor', () => {
  it('puts the viewer of the scene on the page, acting in their role, with the playground registered', () => {
    const playground = definePlayground<typeof metadata>({ type: 'bug-report', views: { requester: null } });
    const runAction = async () => {};
    const page = ticketPageFor(playground, { ...playgroundScene(ticketType, { metadata, actingAs: rita, stakeholders: [rita, wst] }), runAction, busy: false });
    expect(page.actingAsId).toBe(11);
    expect(page.playgrounds).toEqual([playground]);
    expect(page.detail.viewer.actingAs).toEqual([expect.objectContaining({ stakeholderId: 11, role: 'requester', actions: [expect.objectContaining({ key: 'confirm' })] })]);
    expect(page.detail.ticket).not.toHaveProperty('actingAs');
    expect(page.detail.lifecycle.statuses).toHaveLength(2);
  });
});
