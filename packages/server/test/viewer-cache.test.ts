// The viewer read once per token (directory/viewer-cache.ts): what it keeps, for how long, and the
// one change that must not wait for the next token (an anonymized user).
import { defineTicketType, onlyGroup, saying } from '@tickets/plugin-kit';
import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import { createTRPCClient, httpLink } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueToken } from '../src/auth/issue-token.js';
import { ViewerCache } from '../src/directory/viewer-cache.js';
import type { AppRouter } from '../src/trpc/root.js';
import { jsonTestStore } from './support/json-test-store.js';
import { type DemoLogin, failureOf, startTestApi, userId } from './support/test-api.js';
import { TEST_TICKET_TYPES } from './support/test-ticket-types.js';

/** A request to be forgotten: WRT's action anonymizes its requester's account. */
const forgetMe = defineTicketType({
  type: 'forget-me',
  title: 'Forget me',
  metadata: z.object({}),
  actions: { forget: { title: 'Forget', input: z.object({}), can: onlyGroup('WRT', 'forget an account') } },
  words: { 'summary.anonymized': 'Anonymized user #{userId}.' },
  startingStakeholders: () => [{ principal: { group: 'WRT' }, connection: 'assigned', role: 'actioner' }],
});
const forgetMeServer = defineTicketTypeServer(forgetMe, {
  store: jsonTestStore('test_forget_me'),
  effects: {
    async forget({ stakeholders, directory }) {
      const requester = stakeholders.find((s) => s.role === 'requester' && s.principal.kind === 'user')!;
      await directory.anonymizeUser(requester.principal.id);
      return { summary: saying('anonymized', { userId: requester.principal.id }) };
    },
  },
});

const t = await startTestApi({}, [...TEST_TICKET_TYPES, forgetMeServer]);

// Each token a lifetime of its own: two tokens issued in the same second for the same user and
// lifetime are the same text, and so the same cache entry.
let lifetimeHours = 1;

/** A client whose every request carries one new token of its own, as a page does until its token is renewed. */
async function signedIn(login: DemoLogin) {
  const token = await issueToken(t.api.services.tokenKey, userId(login), { expiresIn: `${lifetimeHours++}h` });
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${t.api.url}/trpc`, headers: { authorization: `Bearer ${token}` } })] });
}

const groupsOf = async (client: Awaited<ReturnType<typeof signedIn>>) => (await client.me.query()).memberships.map((group) => group.name);

describe('the viewer of a token', () => {
  it('is read on the token’s first request and kept: a group joined later counts from the next token', async () => {
    const dora = await signedIn('dora');
    expect(await groupsOf(dora)).toEqual(['Delegates']);
    const db = t.api.services.orm.em.fork();
    await db.execute(`insert into group_memberships (group_id, user_id) select id, ? from user_groups where key = 'WST'`, [userId('dora')]);
    try {
      // Documented staleness (packages/server/README.md): the token she had keeps the groups it started with.
      expect(await groupsOf(dora)).toEqual(['Delegates']);
      expect(await groupsOf(await signedIn('dora'))).toEqual(['WST', 'Delegates']);
    } finally {
      await db.execute(`delete from group_memberships where user_id = ? and group_id = (select id from user_groups where key = 'WST')`, [userId('dora')]);
    }
  });

  it('stops working at once when its user is anonymized, though it was kept', async () => {
    const cat = await signedIn('cat');
    const { id } = await cat.tickets.create.mutate({ type: 'forget-me', title: 'Please forget me' });
    expect((await cat.tickets.get.query({ ticketId: id })).ticket.title).toBe('Please forget me');

    const ana = await signedIn('ana');
    await ana.actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'forget', input: {} });

    const refused = await failureOf(cat.tickets.get.query({ ticketId: id }));
    expect(refused.code).toBe('UNAUTHORIZED');
    expect(refused.message).toBe(`User #${userId('cat')} is not known to the ticket system (or was anonymized).`);
    // Everyone else goes on with the token they had.
    expect((await ana.tickets.get.query({ ticketId: id })).ticket.state).toBe('open');
  });
});

describe('the cache itself, around a forget', () => {
  const viewer = { userId: userId('cat'), name: 'Cat Competitions', isSiteAdmin: false, memberships: [] };
  const inAMinute = () => Date.now() + 60_000;

  it('keeps nothing for a user while the transaction that forgets them is open, and keeps again after it', async () => {
    const cache = new ViewerCache();
    const tx = t.api.services.orm.em.fork();
    let reads = 0;
    const read = async () => {
      reads += 1;
      return viewer;
    };
    cache.forgetDuring(tx, viewer.userId);
    await cache.viewerFor('token', inAMinute(), read);
    await cache.viewerFor('token', inAMinute(), read);
    expect(reads).toBe(2);
    cache.settle(tx);
    await cache.viewerFor('token', inAMinute(), read);
    await cache.viewerFor('token', inAMinute(), read);
    expect(reads).toBe(3);
  });

  it('keeps nothing a read found that began before a forget (it may have read the row as it was)', async () => {
    const cache = new ViewerCache();
    let finishRead: () => void = () => undefined;
    const slow = cache.viewerFor('token', inAMinute(), () => new Promise((resolve) => (finishRead = () => resolve(viewer))));
    cache.forget(viewer.userId);
    finishRead();
    await slow;
    let reads = 0;
    await cache.viewerFor('token', inAMinute(), async () => {
      reads += 1;
      return viewer;
    });
    expect(reads).toBe(1);
  });
});
