import { describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/issue-token.js';
import { createApiKey } from '../src/modules/intake/api-key-store.js';
import { type DemoLogin, startTestApi, userId } from './support/test-api.js';

// Small budgets, so each refusal is reached in a few calls. Every test spends from budgets of its
// own (its own users, its own client addresses behind the trusted proxy 127.0.0.1), so none waits
// for another's window to pass. Nothing here waits for time: the windows are checked through the
// `Retry-After` and `RateLimit` values the server answers with.
const t = await startTestApi({
  RATE_LIMIT_READS: '5',
  RATE_LIMIT_WRITES: '4',
  RATE_LIMIT_POSTS: '3',
  RATE_LIMIT_FAILED_SIGN_INS: '4',
  INTAKE_RATE_LIMIT: '50',
  TRUSTED_PROXIES: '127.0.0.1,::1',
});

interface WireError {
  message: string;
  data: { code: string; httpStatus: number; domain: { kind: string; code: string; details: Record<string, unknown> } | null };
}
type WireItem = { result: { data: unknown } } | { error: WireError };

interface Answer {
  status: number;
  headers: Headers;
  body: WireItem | WireItem[];
}

interface Sender {
  login?: DemoLogin;
  token?: string;
  /** The client's address as the trusted proxy (127.0.0.1) reports it. */
  from?: string;
}

async function headersOf({ login, token, from }: Sender): Promise<Record<string, string>> {
  const bearer = token ?? (login ? await t.token(login) : undefined);
  return { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(from ? { 'x-forwarded-for': from } : {}) };
}

/** One tRPC call as any HTTP client sends it: a query as GET, a mutation as POST. */
async function call(kind: 'query' | 'mutation', path: string, input: unknown, sender: Sender): Promise<Answer> {
  const url = `${t.api.url}/trpc/${path}`;
  const headers = await headersOf(sender);
  const response =
    kind === 'query'
      ? await fetch(input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
      : await fetch(url, { method: 'POST', headers, body: JSON.stringify(input) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as WireItem };
}

/** Many mutations in one HTTP request, as tRPC's batch link sends them. */
async function batch(path: string, inputs: unknown[], sender: Sender): Promise<Answer> {
  const body = Object.fromEntries(inputs.map((input, i) => [String(i), input]));
  const response = await fetch(`${t.api.url}/trpc/${inputs.map(() => path).join(',')}?batch=1`, { method: 'POST', headers: await headersOf(sender), body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as WireItem[] };
}

function errorOf(item: WireItem | WireItem[]): WireError {
  if (Array.isArray(item) || !('error' in item)) throw new Error(`Expected an error, got ${JSON.stringify(item)}`);
  return item.error;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.api.services.orm.em.fork().execute<{ n: number }[]>(sql, params);
  return row!.n;
}

const ticketsBy = (login: DemoLogin) => count('select count(*)::int as n from tickets where created_by_user_id = ?', [userId(login)]);
/** Mails in the outbox once every committed change has had its mails written. */
const mails = async () => {
  await t.api.mail.writer.writeDue();
  return count('select count(*)::int as n from mail_outbox');
};
/** Statements the API sent about the request (the status-migration queue polls on its own). */
const requestQueries = (from: number) => t.queries.slice(from).filter((sql) => !/pgboss/i.test(sql));

/** Checks a 429 the way a client reads it: status, Retry-After, the RateLimit headers, the error. */
function expectRefusal(answer: Answer, policy: string, quota: number, message: RegExp): number {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(answer.headers.get('ratelimit-policy')).toBe(`"${policy}";q=${quota};w=60`);
  expect(answer.headers.get('ratelimit')).toBe(`"${policy}";r=0;t=${retryAfter}`);
  const error = errorOf(answer.body);
  expect(error.data.code).toBe('TOO_MANY_REQUESTS');
  expect(error.data.httpStatus).toBe(429);
  expect(error.message).toMatch(message);
  expect(error.message).toContain(`try again in ${retryAfter} s.`);
  expect(error.data.domain).toEqual({
    kind: 'rate_limited',
    code: `rate_limit.${policy}`,
    details: { policy, quota, windowSeconds: 60, retryAfterSeconds: retryAfter },
  });
  return retryAfter;
}

const newTicket = (title: string) => ({ type: 'plain-request', title });

describe('per-user budgets on every tRPC procedure', () => {
  it('refuses new tickets beyond the posts budget with 429, Retry-After and RateLimit headers, and files nothing more', async () => {
    const mailsBefore = await mails();
    for (let i = 1; i <= 3; i++) {
      const filed = await call('mutation', 'tickets.create', newTicket(`Filed ${i}`), { login: 'rita' });
      expect(filed.status).toBe(200);
      expect(filed.headers.get('ratelimit-policy')).toBe('"posts";q=3;w=60');
      expect(filed.headers.get('ratelimit')).toMatch(new RegExp(`^"posts";r=${3 - i};t=\\d+$`));
      expect(filed.headers.get('retry-after')).toBeNull();
    }
    const mailsOfThree = (await mails()) - mailsBefore;

    const refused = await call('mutation', 'tickets.create', newTicket('One too many'), { login: 'rita' });
    expectRefusal(refused, 'posts', 3, /^You have filed too many tickets and comments in the last minute/);
    // A comment mails people too: it spends from the same budget.
    const comment = await call('mutation', 'comments.add', { ticketId: 1, expectedVersion: 1, body: 'Hello?' }, { login: 'rita' });
    expectRefusal(comment, 'posts', 3, /too many tickets and comments/);

    expect(await ticketsBy('rita')).toBe(3);
    expect((await mails()) - mailsBefore).toBe(mailsOfThree);
    // Her reads spend from another budget and go on.
    const read = await call('query', 'tickets.list', {}, { login: 'rita' });
    expect(read.status).toBe(200);
    expect(read.headers.get('ratelimit')).toMatch(/^"reads";r=4;t=\d+$/);
  });

  it('counts each call of a batch, so a batch of creates is cut at the budget', async () => {
    const answer = await batch('tickets.create', Array.from({ length: 8 }, (_, i) => newTicket(`Batch ${i}`)), { login: 'ben' });
    const items = answer.body as WireItem[];
    expect(items).toHaveLength(8);
    expect(items.filter((item) => 'result' in item)).toHaveLength(3);
    const refusals = items.filter((item): item is { error: WireError } => 'error' in item);
    expect(refusals).toHaveLength(5);
    for (const refusal of refusals) {
      expect(refusal.error.data.code).toBe('TOO_MANY_REQUESTS');
      expect(refusal.error.message).toMatch(/^You have filed too many tickets and comments in the last minute .*try again in \d+ s\.$/);
    }
    // Some calls went through: the batch is a 207 whose headers say when the budget is back.
    expect(answer.status).toBe(207);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(answer.headers.get('ratelimit')).toBe(`"posts";r=0;t=${answer.headers.get('retry-after')}`);
    expect(await ticketsBy('ben')).toBe(3);

    // Over the budget already, a whole batch is refused: 429.
    const again = await batch('tickets.create', [newTicket('Again 1'), newTicket('Again 2')], { login: 'ben' });
    expect(again.status).toBe(429);
    expect(await ticketsBy('ben')).toBe(3);
  });

  it('refuses changes beyond the writes budget, whatever became of them, in a sentence', async () => {
    // Stale versions: refused by the ticket (409), but each one still cost the server a transaction.
    for (let i = 0; i < 4; i++) {
      expect((await call('mutation', 'tickets.close', { ticketId: 1, expectedVersion: 99 }, { login: 'ana' })).status).not.toBe(429);
    }
    const refused = await call('mutation', 'tickets.close', { ticketId: 1, expectedVersion: 99 }, { login: 'ana' });
    expectRefusal(refused, 'writes', 4, /^You have made too many changes in the last minute \(at most 4 a minute\); try again in \d+ s\.$/);
  });

  it("refuses one user's reads beyond the reads budget and leaves another user's reads alone", async () => {
    for (let i = 0; i < 5; i++) expect((await call('query', 'me', undefined, { login: 'john' })).status).toBe(200);
    expectRefusal(await call('query', 'me', undefined, { login: 'john' }), 'reads', 5, /^You have made too many requests in the last minute/);

    const sams = await call('query', 'me', undefined, { login: 'sam' });
    expect(sams.status).toBe(200);
    expect(sams.headers.get('ratelimit')).toMatch(/^"reads";r=4;t=\d+$/);
    // John's other budgets are untouched: he may still change things.
    const johnsFiling = await call('mutation', 'tickets.create', newTicket('Still allowed'), { login: 'john' });
    expect(johnsFiling.status).toBe(200);
  });

  it('does not reach the database for a user over the budget (a token is all it takes to know who it is)', async () => {
    const unknown = await issueToken(t.api.services.tokenKey, 987_654);
    // From addresses of their own, so that only the user's budget, not an address's, is spent.
    for (let i = 0; i < 5; i++) expect((await call('query', 'me', undefined, { token: unknown, from: `192.0.2.${70 + i}` })).status).toBe(401);
    const from = t.queries.length;
    const refused = await call('query', 'me', undefined, { token: unknown, from: '192.0.2.80' });
    expectRefusal(refused, 'reads', 5, /too many requests/);
    expect(requestQueries(from)).toEqual([]);
  });
});

describe('per-address limits for requests that are not signed in', () => {
  it('refuses a flood of bad tokens from one address after the budget, without touching the database', async () => {
    const from = '203.0.113.7';
    for (let i = 0; i < 4; i++) {
      const answer = await call('query', 'tickets.list', {}, { token: 'not-a-token', from });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('ratelimit')).toMatch(new RegExp(`^"failed-sign-ins";r=${3 - i};t=\\d+$`));
    }
    const queriesBefore = t.queries.length;
    for (let i = 0; i < 20; i++) {
      const refused = await call('query', 'tickets.list', {}, i % 2 ? { from } : { token: 'still-not-a-token', from });
      expectRefusal(refused, 'failed-sign-ins', 4, /^Too many requests from your address were refused for a missing or wrong token or API key/);
    }
    expect(requestQueries(queriesBefore)).toEqual([]);

    // Another address is not held up, and neither is a signed-in user behind the same address.
    expect((await call('query', 'tickets.list', {}, { token: 'not-a-token', from: '203.0.113.8' })).status).toBe(401);
    expect((await call('query', 'tickets.list', {}, { login: 'dora', from })).status).toBe(200);
  });

  it('limits unknown intake keys per address before they are looked up; a real key from elsewhere files on', async () => {
    const from = '198.51.100.9';
    const post = async (key: string, address: string) => {
      const response = await fetch(`${t.api.url}/intake/v1/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-forwarded-for': address },
        body: JSON.stringify({ type: 'plain-request', title: 'From the contact form', requester: { userId: userId('rita') }, metadata: {} }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as { error?: { code: string; message: string; domainCode: string | null } } };
    };
    const guess = (i: number) => `tk_${String(i).padStart(8, '0')}_${'x'.repeat(43)}`;
    for (let i = 0; i < 4; i++) expect((await post(guess(i), from)).status).toBe(401);

    const queriesBefore = t.queries.length;
    for (let i = 4; i < 14; i++) {
      const refused = await post(guess(i), from);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(refused.headers.get('ratelimit-policy')).toBe('"failed-sign-ins";q=4;w=60');
      expect(refused.headers.get('ratelimit')).toBe(`"failed-sign-ins";r=0;t=${retryAfter}`);
      expect(refused.body.error).toMatchObject({ code: 'TOO_MANY_REQUESTS', domainCode: 'rate_limit.failed-sign-ins' });
      expect(refused.body.error?.message).toContain(`try again in ${retryAfter} s.`);
    }
    expect(requestQueries(queriesBefore).filter((sql) => /api_keys/.test(sql))).toEqual([]);

    const key = (await createApiKey(t.api.services.orm.em.fork(), 'host site')).key;
    const filed = await post(key, '198.51.100.10');
    expect(filed.status).toBe(201);
    expect(filed.headers.get('ratelimit-policy')).toBe('"intake";q=50;w=60');
    expect(filed.headers.get('ratelimit')).toMatch(/^"intake";r=49;t=\d+$/);
  });
});
