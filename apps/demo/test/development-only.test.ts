// The demo start signs a token for whichever demo user a cookie names, with the API's own key, and
// prints the site's intake key: it must refuse every NODE_ENV that is not development, however an
// operator spells production, and point at the production start instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { runStartCommand } from '@tickets/server/testing';

const LISTENING = /Tickets demo site:\s+(http:\/\/[^\s/]+)\//;
// Were the demo to start anyway, it would keep its embedded database here, not in the repository's .data.
const dataDir = mkdtempSync(join(tmpdir(), 'tickets-demo-refusal-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it.each(['production', 'Production', 'prod', 'production '])(
  'pnpm start with NODE_ENV=%j exits with a message pointing at pnpm start:production',
  async (NODE_ENV) => {
    const outcome = await runStartCommand('start', { NODE_ENV, TOKEN_SECRET: randomBytes(32).toString('base64url'), PORT: '0', TICKETS_DATA_DIR: dataDir }, LISTENING);
    if (outcome.kind === 'listening') await outcome.stop();
    expect(outcome.kind, 'the demo started and served its pages').toBe('exited');
    if (outcome.kind !== 'exited') return;
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain(`runs only in development, and NODE_ENV is ${JSON.stringify(NODE_ENV)}`);
    expect(outcome.output).toContain('pnpm start:production');
    expect(outcome.output).not.toMatch(/tk_[0-9a-f]{8}_/);
  },
  60_000,
);
