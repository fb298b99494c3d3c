import { describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../src/modules/intake/api-key-store.js';
import { startTestApi, userId } from './support/test-api.js';
import { logsOf } from './support/ticket-records.js';

// Each test uses a key of its own, so the per-key limit of 6 requests a minute is the test's own.
const t = await startTestApi({ INTAKE_RATE_LIMIT: '6', TICKET_URL_TEMPLATE: 'https://www.example.org/tickets/{id}' });
const endpoint = `${t.api.url}/intake/v1/tickets`;

async function newKey(name = 'host site'): Promise<string> {
  return (await createApiKey(t.api.services.orm.em.fork(), name)).key;
}

interface Answer {
  status: number;
  headers: Headers;
  body: { ticket?: { id: number; version: number; url: string }; error?: { code: string; message: string; fieldErrors: { path: string; message: string }[] } };
}

/** A call as any host site's server makes it: plain fetch, JSON in and out. */
async function post(key: string | null, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const ritasRequest = { type: 'reviewed-request', title: 'Please fix my name', requester: { userId: userId('rita') }, metadata: { reason: 'Typo in my surname' } };

async function ticketCount(): Promise<number> {
  const [row] = await t.api.services.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from tickets');
  return row!.n;
}

describe('POST /intake/v1/tickets', () => {
  it('files a ticket for the requester exactly as tickets.create does: stakeholders, status and log', async () => {
    const answer = await post(await newKey(), ritasRequest);

    expect(answer.status).toBe(201);
    const id = answer.body.ticket!.id;
    expect(answer.body.ticket).toEqual({ id, version: 1, url: `https://www.example.org/tickets/${id}` });
    expect(answer.headers.get('location')).toBe(`https://www.example.org/tickets/${id}`);
    const detail = await t.client('rita').tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ title: 'Please fix my name', type: 'reviewed-request', state: 'open' });
    expect(detail.stakeholders.map((s) => [s.principal.name, s.connection, s.role])).toEqual([
      ['Rita Lopes', 'cc', 'requester'],
      ['WRT', 'assigned', 'actioner'],
    ]);
    const [created] = await logsOf(t, id);
    expect(created).toMatchObject({ event_type: 'ticket.created', actor_user_id: userId('rita') });
  });

  it('accepts the key in X-Api-Key too', async () => {
    const key = await newKey();
    const answer = await post(null, ritasRequest, { 'x-api-key': key });
    expect(answer.status).toBe(201);
  });

  it('answers a retry with the same Idempotency-Key and body with the first ticket, and files nothing new', async () => {
    const key = await newKey();
    const first = await post(key, ritasRequest, { 'idempotency-key': 'form-7f3a' });
    const before = await ticketCount();
    // The same request, its keys in another order, as another JSON library might write it.
    const { metadata, requester, title, type } = ritasRequest;
    const retry = await post(key, { metadata, requester, title, type }, { 'idempotency-key': 'form-7f3a' });

    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.ticket!.id).toBe(first.body.ticket!.id);
    expect(await ticketCount()).toBe(before);
  });

  it('files one ticket when two requests with the same Idempotency-Key arrive at once', async () => {
    const key = await newKey();
    const before = await ticketCount();
    const [a, b] = await Promise.all([post(key, ritasRequest, { 'idempotency-key': 'twin' }), post(key, ritasRequest, { 'idempotency-key': 'twin' })]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.ticket!.id).toBe(b.body.ticket!.id);
    expect(await ticketCount()).toBe(before + 1);
  });

  it('refuses an Idempotency-Key reused with another body, naming the first ticket', async () => {
    const key = await newKey();
    const first = await post(key, ritasRequest, { 'idempotency-key': 'form-1' });
    const other = await post(key, { ...ritasRequest, title: 'Something else' }, { 'idempotency-key': 'form-1' });
    expect(other.status).toBe(422);
    expect(other.body.error!.message).toContain(`already used for a different request (ticket #${first.body.ticket!.id})`);
  });

  it('does not hold on to an Idempotency-Key whose request was refused, so the corrected retry files the ticket', async () => {
    const key = await newKey();
    const refused = await post(key, { ...ritasRequest, metadata: { reason: 'x' } }, { 'idempotency-key': 'form-2' });
    const corrected = await post(key, ritasRequest, { 'idempotency-key': 'form-2' });
    expect(refused.status).toBe(400);
    expect(corrected.status).toBe(201);
  });

  it('names each bad field: the body, and the type’s metadata under metadata.*', async () => {
    const key = await newKey();
    const bodyErrors = await post(key, { type: 'reviewed-request', title: ' ', requester: { userId: -1 }, extra: true });
    expect(bodyErrors.status).toBe(400);
    expect(bodyErrors.body.error!.code).toBe('BAD_REQUEST');
    expect(bodyErrors.body.error!.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'A ticket needs a title.' },
        { path: 'requester.userId', message: 'A user id is a positive whole number.' },
        expect.objectContaining({ path: '', message: expect.stringContaining('extra') }),
      ]),
    );

    const metadataErrors = await post(key, { ...ritasRequest, metadata: { reason: 'x' } });
    expect(metadataErrors.status).toBe(400);
    expect(metadataErrors.body.error!.fieldErrors).toEqual([{ path: 'metadata.reason', message: 'Say in a few words why.' }]);

    const unknownType = await post(key, { ...ritasRequest, type: 'no-such-type' });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.error!.fieldErrors[0]).toMatchObject({ path: 'type', message: expect.stringContaining("There is no ticket type 'no-such-type'") });

    const unknownUser = await post(key, { ...ritasRequest, requester: { userId: 99999 } });
    expect(unknownUser.status).toBe(422);
    expect(unknownUser.body.error!.fieldErrors).toEqual([{ path: 'requester.userId', message: expect.stringContaining('User #99999 is not known') }]);

    // An id past PostgreSQL's int is refused as naming no one (the fuzzer found it answered 500).
    const tooLarge = await post(key, { ...ritasRequest, requester: { userId: 2_147_483_648 } });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error!.fieldErrors).toEqual([{ path: 'requester.userId', message: 'No such user: the id is too large.' }]);
  });

  it('refuses what is not JSON, saying so', async () => {
    const key = await newKey();
    const broken = await post(key, '{"type": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error!.message).toMatch(/not valid JSON/);
    const form = await fetch(endpoint, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'type=x' });
    expect(form.status).toBe(415);
    const get = await fetch(endpoint, { headers: { authorization: `Bearer ${key}` } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('refuses a request without a key, with an unknown key, and with a revoked key — each with its reason', async () => {
    const before = await ticketCount();
    const none = await post(null, ritasRequest);
    expect(none.status).toBe(401);
    expect(none.body.error!.message).toMatch(/Send your API key/);

    const forged = await post(`tk_00000000_${'A'.repeat(43)}`, ritasRequest);
    expect(forged.status).toBe(401);
    expect(forged.body.error!.message).toMatch(/not known/);

    const created = await createApiKey(t.api.services.orm.em.fork(), 'old host site');
    expect((await post(created.key, ritasRequest)).status).toBe(201);
    await revokeApiKey(t.api.services.orm.em.fork(), created.prefix);
    const revoked = await post(created.key, ritasRequest);
    expect(revoked.status).toBe(401);
    expect(revoked.body.error!.message).toContain(`The API key ${created.prefix} was revoked`);
    expect(await ticketCount()).toBe(before + 1);
  });

  it('stores only a hash of the key', async () => {
    const created = await createApiKey(t.api.services.orm.em.fork(), 'hash check');
    const rows = await t.api.services.orm.em.fork().execute<Record<string, unknown>[]>('select * from api_keys where id = ?', [created.id]);
    expect(JSON.stringify(rows)).not.toContain(created.key.slice(12));
    expect(rows[0]).toMatchObject({ prefix: created.prefix, key_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('limits each key to its requests a minute and says when to try again (429, Retry-After); other keys go on', async () => {
    const key = await newKey();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(key, { ...ritasRequest, title: '' })).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 429]);
    const limited = await post(key, ritasRequest);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.body.error!.message).toMatch(/may make 6 requests a minute/);
    expect((await post(await newKey(), ritasRequest)).status).toBe(201);
  });
});
