// Finding whom to add or hand a ticket over to by name, as one types: people, groups and plugin
// principals, from the names' index; only for those who may add someone here; nothing but names.
import { describe, expect, it } from 'vitest';
import { searchWords } from '../src/input/search-words.js';
import { failureOf, startTestApi, userId } from './support/test-api.js';
import { TEST_TICKET_TYPES_WITH_KINDS } from './support/test-ticket-types.js';

const t = await startTestApi({}, TEST_TICKET_TYPES_WITH_KINDS);
const db = () => t.api.services.orm.em.fork();
const { id: ticketId } = await t.client('rita').tickets.create.mutate({ type: 'plain-request', title: 'Who can help?', metadata: {} });
const find = (login: 'ana' | 'rita' | 'john', query: string, limit?: number) =>
  t.client(login).stakeholders.candidates.query({ ticketId, query, ...(limit ? { limit } : {}) });
const names = (found: Awaited<ReturnType<typeof find>>) => found.map((principal) => `${principal.kind}:${principal.name}`);

describe('finding whom to add, by name', () => {
  it('finds people by the start of any word of their name, a name starting so first', async () => {
    expect(names(await find('ana', 'kow'))).toEqual(['user:Ana Kowalska']);
    expect(names(await find('ana', 'DEL'))).toEqual(['group:Delegates', 'user:Dan Delegate', 'user:Dora Delegate']);
    expect(names(await find('ana', 'dora del'))).toEqual(['user:Dora Delegate']);
    // Only what identifies them: no address.
    expect(await find('ana', 'ben')).toEqual([{ kind: 'user', id: userId('ben'), name: 'Ben Okafor', detail: null }]);
  });

  it('finds groups by their key or their long name, and the principals plugins register by theirs', async () => {
    expect(await find('ana', 'software')).toEqual(expect.arrayContaining([{ kind: 'group', id: 2, name: 'WST', detail: 'WCA Software Team' }]));
    expect(names(await find('ana', 'porto'))).toEqual(['competition:Porto Open 2026', 'organising-team:Porto Open 2026 organisers']);
    expect(names(await find('ana', 'wca', 2))).toHaveLength(2);
  });

  it('leaves out anonymized people', async () => {
    await db().execute("update users set anonymized_at = now() where id = ?", [userId('john')]);
    try {
      expect(await find('ana', 'john')).toEqual([]);
    } finally {
      await db().execute('update users set anonymized_at = null where id = ?', [userId('john')]);
    }
    expect(names(await find('ana', 'john'))).toEqual(['user:John Smith']);
  });

  it('answers a requester, who may add people in cc, and refuses someone who may not see the ticket', async () => {
    expect(names(await find('rita', 'ana'))).toEqual(['user:Ana Kowalska']);
    expect((await failureOf(find('john', 'ana'))).code).toBe('NOT_FOUND');
    // John, once in cc and removed, still reads the ticket but may add no one: no directory for him.
    const { id: other } = await t.client('rita').tickets.create.mutate({ type: 'plain-request', title: 'Another', metadata: {} });
    const added = await t.client('ana').stakeholders.add.mutate({ ticketId: other, expectedVersion: 1, principal: { kind: 'user', id: userId('john') }, connection: 'cc', role: 'requester' });
    await t.client('ana').stakeholders.deactivate.mutate({ ticketId: other, expectedVersion: added.version, stakeholderId: added.stakeholderId });
    await t.client('john').tickets.get.query({ ticketId: other });
    const refused = await failureOf(t.client('john').stakeholders.candidates.query({ ticketId: other, query: 'ana' }));
    expect(refused.code).toBe('FORBIDDEN');
  });

  it('takes any text as words to look for, never as query syntax', async () => {
    for (const hostile of ["'", "a' | b:*", '!', '&&', "ana':* | 'x", '%', '_', '\\', '(', 'ñ', '🙂']) {
      await expect(find('ana', hostile)).resolves.toBeInstanceOf(Array);
    }
    expect(await find('ana', '')).toEqual([]);
    expect(await find('ana', '   ')).toEqual([]);
    expect(names(await find('ana', "  kowalska!!  "))).toEqual(['user:Ana Kowalska']);
    const refused = await failureOf(find('ana', 'line\nbreak'));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toContain('one line');
    expect(searchWords("O'Brien-Smith  ÅSA 12")).toEqual(['o', 'brien', 'smith', 'åsa', '12']);
  });

  it('reads the names from their index, not by scanning every user', async () => {
    // With a handful of rows the planner would scan anyway; forbid it, so only an index can serve.
    const forced = await db().transactional(async (em) => {
      await em.execute('set local enable_seqscan = off');
      return em.execute<{ 'QUERY PLAN': string }[]>(`explain (format text) select id from users where to_tsvector('simple', name) @@ to_tsquery('simple', 'kow:*')`);
    });
    expect(forced.map((row) => row['QUERY PLAN']).join('\n')).toContain('users_name_search');
  });
});
