import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { failureOf, startTestApi, TEST_TOKEN_SECRET, userId } from './support/test-api.js';

const api = await startTestApi();
const secret = new TextEncoder().encode(TEST_TOKEN_SECRET);

async function meWith(authorization: string | undefined) {
  const response = await fetch(`${api.api.url}/trpc/me`, { headers: authorization ? { authorization } : {} });
  return { status: response.status, body: (await response.json()) as { error?: { message: string }; result?: { data: { name: string } } } };
}

describe('authentication', () => {
  it('accepts a token signed by the host site and says who you are', async () => {
    const me = await api.client('rita').me.query();
    expect(me).toMatchObject({ userId: userId('rita'), name: 'Rita Lopes', isSiteAdmin: false });
    const ana = await api.client('ana').me.query();
    expect(ana.memberships.map((m) => m.name)).toEqual(['WRT']);
  });

  it('refuses a request without a token, saying how to sign in', async () => {
    const { status, body } = await meWith(undefined);
    expect(status).toBe(401);
    expect(body.error?.message).toMatch(/Authorization: Bearer/);
  });

  it('refuses an expired token', async () => {
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('2').setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(secret);
    const { status, body } = await meWith(`Bearer ${expired}`);
    expect(status).toBe(401);
    expect(body.error?.message).toMatch(/expired/);
  });

  it('refuses a forged token', async () => {
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('1').setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(40)));
    const { status, body } = await meWith(`Bearer ${forged}`);
    expect(status).toBe(401);
    expect(body.error?.message).toMatch(/signature/);
  });

  it('refuses a token without an expiry', async () => {
    const endless = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('2').sign(secret);
    const { status, body } = await meWith(`Bearer ${endless}`);
    expect(status).toBe(401);
    expect(body.error?.message).toMatch(/exp/);
  });

  it('refuses a token whose algorithm is not the pinned one', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: '1', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    const { status } = await meWith(`Bearer ${header}.${payload}.`);
    expect(status).toBe(401);
  });

  it('refuses a malformed header', async () => {
    const { status, body } = await meWith('Token abc');
    expect(status).toBe(401);
    expect(body.error?.message).toMatch(/Bearer <token>/);
  });

  it('refuses a token for a user the directory does not know', async () => {
    const stranger = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('999').setExpirationTime('1h').sign(secret);
    const { status, body } = await meWith(`Bearer ${stranger}`);
    expect(status).toBe(401);
    expect(body.error?.message).toMatch(/not known/);
  });

  it('works the same through a server-side caller', async () => {
    expect((await api.caller('ana').me()).name).toBe('Ana Kowalska');
    expect((await failureOf(api.caller().me())).code).toBe('UNAUTHORIZED');
  });
});

describe('the server', () => {
  it('answers /health when the database answers', async () => {
    const response = await fetch(`${api.api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('lets configured host origins call it from a browser, and no others', async () => {
    const allowed = await fetch(`${api.api.url}/trpc/me`, { method: 'OPTIONS', headers: { origin: 'http://localhost:0', 'access-control-request-method': 'GET' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:0');
    const other = await fetch(`${api.api.url}/trpc/me`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
