import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
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
    // Beyond the 60 s clock tolerance.
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('2').setIssuedAt('-20m').setExpirationTime(Math.floor(Date.now() / 1000) - 600).sign(secret);
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
    const endless = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('2').setIssuedAt().sign(secret);
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
    const stranger = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('999').setIssuedAt().setExpirationTime('1h').sign(secret);
    const { status, body } = await meWith(`Bearer ${stranger}`);
    expect(status).toBe(401);
    expect(body.error?.message).toMatch(/not known/);
  });

  it('works the same through a server-side caller', async () => {
    expect((await api.caller('ana').me()).name).toBe('Ana Kowalska');
    expect((await failureOf(api.caller().me())).code).toBe('UNAUTHORIZED');
  });
});

/** A token signed with the right key, its claims as given (times in seconds from now). */
async function signed(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);
}

const now = () => Math.floor(Date.now() / 1000);

describe('token claims', () => {
  it('accepts only a canonical decimal user id in "sub"', async () => {
    expect((await meWith(`Bearer ${await signed({ sub: '1', iat: now(), exp: now() + 600 })}`)).body.result?.data.name).toBe('Sam Admin');
    for (const sub of ['1e0', '0x1', ' 1 ', '01', '+1', '1.0', ['1'], 1, '2147483648', '99999999999']) {
      const { status, body } = await meWith(`Bearer ${await signed({ sub, iat: now(), exp: now() + 600 })}`);
      expect(status, JSON.stringify(sub)).toBe(401);
      expect(body.error?.message).toMatch(/"sub" must be a user id/);
    }
  });

  it('refuses a token without "iat", or made to live longer than 24 hours', async () => {
    const undated = await meWith(`Bearer ${await signed({ sub: '2', exp: now() + 600 })}`);
    expect(undated.status).toBe(401);
    expect(undated.body.error?.message).toMatch(/"iat"/);
    const forever = await meWith(`Bearer ${await signed({ sub: '2', iat: now(), exp: now() + 365 * 24 * 3600 })}`);
    expect(forever.status).toBe(401);
    expect(forever.body.error?.message).toMatch(/at most 24 h from "iat" to "exp"/);
    const day = await meWith(`Bearer ${await signed({ sub: '2', iat: now(), exp: now() + 24 * 3600 })}`);
    expect(day.status).toBe(200);
  });

  it('refuses a token older than 24 hours even if it has not expired', async () => {
    const old = await meWith(`Bearer ${await signed({ sub: '2', iat: now() - 25 * 3600, exp: now() + 600 })}`);
    expect(old.status).toBe(401);
    expect(old.body.error?.message).toMatch(/expired/);
  });

  it('refuses a token issued in the future beyond the 60 s clock tolerance, which it applies to "exp" and "nbf" too', async () => {
    const future = await meWith(`Bearer ${await signed({ sub: '2', iat: now() + 600, exp: now() + 1200 })}`);
    expect(future.status).toBe(401);
    expect(future.body.error?.message).toMatch(/issued in the future/);
    const drifted = await meWith(`Bearer ${await signed({ sub: '2', iat: now() + 30, nbf: now() + 30, exp: now() + 600 })}`);
    expect(drifted.status).toBe(200);
    const justExpired = await meWith(`Bearer ${await signed({ sub: '2', iat: now() - 600, exp: now() - 30 })}`);
    expect(justExpired.status).toBe(200);
    const expired = await meWith(`Bearer ${await signed({ sub: '2', iat: now() - 600, exp: now() - 120 })}`);
    expect(expired.status).toBe(401);
    const notYet = await meWith(`Bearer ${await signed({ sub: '2', iat: now(), nbf: now() + 300, exp: now() + 600 })}`);
    expect(notYet.status).toBe(401);
  });
});

describe('TOKEN_SECRET', () => {
  it('stops the start-up, naming the variable, unless the secret could be random', () => {
    for (const weak of [' '.repeat(32), 'a'.repeat(64), 'ab'.repeat(32), 'short-secret', ` ${TEST_TOKEN_SECRET} `]) {
      expect(() => loadConfig({ TOKEN_SECRET: weak }), JSON.stringify(weak)).toThrow(/^Invalid configuration:\n {2}TOKEN_SECRET: /);
    }
    expect(loadConfig({ TOKEN_SECRET: 'q3V9xK2mP8wL5tR7yB4nC6dF1hJ0sZ_-' }).TOKEN_SECRET).toHaveLength(32);
  });

  it('takes the token lifetime and clock tolerance from the configuration', () => {
    const config = loadConfig({ TOKEN_MAX_LIFETIME_SECONDS: '3600', TOKEN_CLOCK_TOLERANCE_SECONDS: '5' });
    expect([config.TOKEN_MAX_LIFETIME_SECONDS, config.TOKEN_CLOCK_TOLERANCE_SECONDS]).toEqual([3600, 5]);
    expect(() => loadConfig({ TOKEN_CLOCK_TOLERANCE_SECONDS: '3600' })).toThrow(/TOKEN_CLOCK_TOLERANCE_SECONDS/);
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

  it('says its answers vary by Origin, beside the headers tRPC varies on, so no cache hands one origin the answer meant for another', async () => {
    for (const origin of ['http://localhost:0', 'https://evil.example']) {
      const answer = await fetch(`${api.api.url}/trpc/me`, { headers: { origin } });
      const vary = (answer.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());
      expect(vary).toEqual(expect.arrayContaining(['origin', 'trpc-accept', 'accept']));
    }
  });
});
