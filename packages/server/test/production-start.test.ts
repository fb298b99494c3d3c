// `pnpm start:production` as an operator runs it, against a database of its own and a real SMTP
// server: the attacks on the demo start (a `demo-user` cookie minting a site admin's token, every
// mail at /dev/mails, the intake key in the output) find nothing, and missing settings stop it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from '../src/modules/mail/mail-catcher.js';
import { runStartCommand, type StartOutcome } from './support/start-command.js';
import { createTestDatabase, ON_PGLITE, type TestDatabase } from './support/test-database.js';

const LISTENING = /running at (http:\/\/[^\s/]+)\/trpc/;
const TOKEN_SECRET = randomBytes(32).toString('base64url');
// A JWT (header.payload.signature, base64url) or an intake key, wherever it might show up.
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
const INTAKE_KEY = /tk_[0-9a-f]{8}_/;

describe.skipIf(ON_PGLITE)('pnpm start:production', () => {
  let database: TestDatabase;
  let smtp: MailCatcher;
  let started: Extract<StartOutcome, { kind: 'listening' }>;

  beforeAll(async () => {
    [database, smtp] = await Promise.all([createTestDatabase(), startMailCatcher()]);
    const outcome = await runStartCommand(
      'start:production',
      { NODE_ENV: 'production', ...database.env, TOKEN_SECRET, SMTP_URL: smtp.smtpUrl, PORT: '0', SEED_DEMO: 'true' },
      LISTENING,
    );
    if (outcome.kind !== 'listening') throw new Error(`pnpm start:production exited (${outcome.code}) before it listened:\n${outcome.output}`);
    started = outcome;
  }, 120_000);

  afterAll(async () => {
    await started?.stop();
    await smtp?.stop();
    await database?.drop();
  });

  it('serves the API', async () => {
    const health = await fetch(`${started.url}/health`);
    expect(health.status).toBe(200);
    const me = await fetch(`${started.url}/trpc/me`);
    expect(me.status).toBe(401);
    expect(me.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['GET', '/'],
    ['GET', '/tickets'],
    ['GET', '/tickets/1'],
    ['GET', '/settings/statuses'],
    ['GET', '/contact'],
  ])('answers %s %s with a demo-user=sam cookie with 404, no page and no token', async (method, path) => {
    const response = await fetch(`${started.url}${path}`, { method, headers: { cookie: 'demo-user=sam' }, redirect: 'manual' });
    const body = await response.text();
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(body).not.toMatch(JWT);
    expect(body).not.toMatch(/<html|tickets-list|Signed in as/i);
  });

  it('has no user switch: POST /switch-user is 404 and sets no cookie', async () => {
    const response = await fetch(`${started.url}/switch-user`, {
      method: 'POST',
      headers: { cookie: 'demo-user=sam', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'user=sam&back=/tickets',
      redirect: 'manual',
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).not.toMatch(JWT);
  });

  it.each(['/dev/mails', '/dev/mails.json', '/dev/mails/1.html'])('has no mail catcher: %s is 404', async (path) => {
    const response = await fetch(`${started.url}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/@/);
  });

  it('prints no intake key, no token and not the token secret', () => {
    const output = started.output();
    expect(output).toMatch(/Tickets API \(production\) is running/);
    expect(output).not.toMatch(INTAKE_KEY);
    expect(output).not.toMatch(JWT);
    expect(output).not.toContain(TOKEN_SECRET);
  });
});

describe('pnpm start:production without its settings', () => {
  it.each(['production', 'development'])('with NODE_ENV=%s refuses to start, naming each missing setting', async (NODE_ENV) => {
    const outcome = await runStartCommand('start:production', { NODE_ENV, PORT: '0' }, LISTENING);
    if (outcome.kind === 'listening') await outcome.stop();
    expect(outcome.kind).toBe('exited');
    if (outcome.kind !== 'exited') return;
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toMatch(/Tickets cannot start in production/);
    expect(outcome.output).toMatch(/TOKEN_SECRET: In production set TOKEN_SECRET/);
    expect(outcome.output).toMatch(/DATABASE_URL: In production set DATABASE_URL/);
    expect(outcome.output).toMatch(/SMTP_URL: In production set SMTP_URL/);
  }, 60_000);
});

// The API's own development start runs the mail catcher (every mail at /dev/mails, for anyone) and
// the development token key: a misspelt production must not get them.
describe('the API\'s development start (pnpm --filter @tickets/api start)', () => {
  it.each(['Production', 'prod', 'production '])('with NODE_ENV=%j refuses to start, pointing at pnpm start:production', async (NODE_ENV) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tickets-api-refusal-'));
    try {
      const outcome = await runStartCommand(['--filter', '@tickets/api', 'start'], { NODE_ENV, PORT: '0', TICKETS_DATA_DIR: dataDir }, LISTENING);
      if (outcome.kind === 'listening') await outcome.stop();
      expect(outcome.kind, 'the development API started, with its mail catcher and development key').toBe('exited');
      if (outcome.kind !== 'exited') return;
      expect(outcome.code).not.toBe(0);
      expect(outcome.output).toContain(`runs only in development, and NODE_ENV is ${JSON.stringify(NODE_ENV)}`);
      expect(outcome.output).toContain('pnpm start:production');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
