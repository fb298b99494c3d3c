// The demo's forms answer what no browser form sends — a body over 64 KB, bytes that are not UTF-8 —
// with a 4xx saying so, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type RunningApi } from '@tickets/server';
import { createTestDatabase, type TestDatabase } from '@tickets/server/testing';
import { startDemo } from '../src/start-demo.js';

let database: TestDatabase;
let api: RunningApi;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ ...database.env, PORT: '0', TOKEN_SECRET: 'demo-test-secret-that-is-long-enough-for-hs256', SEED_DEMO: 'true', LOG_LEVEL: 'silent', TICKET_TYPES: '@tickets/plugin-edit-person' });
  api = await startDemo({ config });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

/** A form post as a browser on the site itself sends it, with the body as given. */
function post(path: string, body: string | Blob): Promise<Response> {
  return fetch(`${api.url}${path}`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'demo-user=rita', origin: api.url, 'sec-fetch-site': 'same-origin' },
  });
}

describe('a demo form', () => {
  it.each(['/contact', '/switch-user'])('%s refuses a body over 64 KB with 413', async (path) => {
    const response = await post(path, `field=name&newValue=${'x'.repeat(70 * 1024)}&submission=big-1`);
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/larger than 64 KB/);
  });

  it.each(['/contact', '/switch-user'])('%s refuses a body that is not UTF-8 with 400', async (path) => {
    const response = await post(path, new Blob([Buffer.from('field=name&newValue='), new Uint8Array([0xff, 0xfe, 0xed, 0xa0, 0x80])]));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/UTF-8/);
  });

  it('still takes a form of ordinary size', async () => {
    const response = await post('/switch-user', 'user=ana&back=/tickets');
    expect(response.status).toBe(303);
    expect(response.headers.get('set-cookie')).toMatch(/^demo-user=ana;/);
  });
});
