// The demo site in development, started as `pnpm start`: its forms (the user switch, "Contact us")
// refuse posts from another site, and its pages may not be framed by another site nor sniffed.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, runStartCommand, type StartOutcome, type TestDatabase } from '@tickets/server/testing';

const LISTENING = /Tickets demo site:\s+(http:\/\/[^\s/]+)\//;

let database: TestDatabase;
let demo: Extract<StartOutcome, { kind: 'listening' }>;

beforeAll(async () => {
  database = await createTestDatabase();
  const outcome = await runStartCommand('start', { ...database.env, TOKEN_SECRET: randomBytes(32).toString('base64url'), PORT: '0', SEED_DEMO: 'true' }, LISTENING);
  if (outcome.kind !== 'listening') throw new Error(`pnpm start exited (${outcome.code}) before it listened:\n${outcome.output}`);
  demo = outcome;
}, 120_000);

afterAll(async () => {
  await demo?.stop();
  await database?.drop();
});

function post(path: string, body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${demo.url}${path}`, { method: 'POST', body, redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
}

describe('a form posted from another site', () => {
  it.each([
    ['another site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['another site, in a browser that sends only Origin', { origin: 'https://evil.example' }],
    ['another port of the same host', { origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site' }],
    ['a sandboxed frame', { origin: 'null', 'sec-fetch-site': 'cross-site' }],
  ])('from %s cannot switch the user to the site admin (403, no cookie)', async (_from, headers) => {
    const response = await post('/switch-user', 'user=sam&back=/tickets', headers);
    expect(response.status).toBe(403);
    // Refused unread, so the connection closes: the answer says so, or the next fetch would fail.
    expect(response.headers.get('connection')).toBe('close');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toMatch(/sent from another site, so it was refused/);
  });

  it('cannot file a request in the signed-in user\'s name (403)', async () => {
    const response = await post('/contact', 'field=name&newValue=Mallory&proofUrl=https://evil.example/x&submission=forged-1', {
      cookie: 'demo-user=rita',
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('location')).toBeNull();
  });

  it('from the site itself still works', async () => {
    const response = await post('/switch-user', 'user=sam&back=/tickets', { origin: demo.url, 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(303);
    expect(response.headers.get('set-cookie')).toMatch(/^demo-user=sam;/);
  });
});

describe('headers', () => {
  it.each(['/tickets', '/contact', '/assets/site.css', '/'])('%s may be framed only by the site itself, and is not sniffed', async (path) => {
    const response = await fetch(`${demo.url}${path}`, { redirect: 'manual' });
    await response.arrayBuffer();
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('the API\'s JSON answers are not sniffed either', async () => {
    for (const path of ['/trpc/me', '/health', '/openapi.json', '/nothing-here']) {
      const response = await fetch(`${demo.url}${path}`);
      await response.arrayBuffer();
      expect(response.headers.get('content-type'), path).toMatch(/application\/json/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});
