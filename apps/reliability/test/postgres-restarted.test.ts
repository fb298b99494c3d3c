// PostgreSQL is stopped and started again under load (a cluster of this test's own, so the shared
// server other tests use is never touched): meanwhile the API answers a clear SERVICE_UNAVAILABLE,
// never a bare 500, and it recovers without a restart of its own.
import contact from '@tickets/plugin-contact/server';
import { issueToken, loadConfig, startApi, type RunningApi } from '@tickets/server';
import { capturingLogger, SUITE_RATE_LIMITS, userId } from '@tickets/server/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigures } from './support/figures.js';
import { type PrivatePostgres, postgresBinaries, startPrivatePostgres } from './support/private-postgres.js';
import { callWire, type WireAnswer } from './support/wire.js';

const BIN = postgresBinaries();
const CLIENTS = 8;
const DOWN_MS = 2_000;
/** After the restart the load goes on until every client has been answered this many times as before… */
const ANSWERS_AFTER = 5;
/** …and at the latest this long (a busy machine recovers more slowly; the test waits for the recovery, not for a time). */
const RECOVERY_LIMIT_MS = 60_000;

interface Outcome {
  client: number;
  at: number;
  phase: 'before' | 'down' | 'after';
  answer: WireAnswer;
}

let cluster: PrivatePostgres | undefined;
let api: RunningApi | undefined;
const outcomes: Outcome[] = [];
const health: { phase: Outcome['phase']; status: number }[] = [];
let upAt = 0;
// What the API logged: a 500 in the outcomes is explained by the error behind it.
const logs = capturingLogger('error');

beforeAll(async () => {
  if (!BIN) return;
  cluster = await startPrivatePostgres(BIN);
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('create database tickets');
  await admin.end();
  const config = loadConfig({ DATABASE_URL: cluster.url('tickets'), PORT: '0', TOKEN_SECRET: 'restart-secret-that-is-long-enough-for-hs256', SEED_DEMO: 'true', LOG_LEVEL: 'silent', ...SUITE_RATE_LIMITS });
  api = await startApi({ config, logger: logs.logger, ticketTypes: [contact] });
  const token = await issueToken(api.services.tokenKey, userId('rita'));
  const url = api.url;
  let phase: Outcome['phase'] = 'before';
  let running = true;

  // Each client's ticket is filed before the load starts, so the outage never meets a half-set-up client.
  const tickets: { id: number; version: number }[] = [];
  for (let client = 0; client < CLIENTS; client++) {
    const created = await callWire(url, 'tickets.create', 'mutation', { type: 'contact', title: `Restart ${client}`, metadata: { team: 'WST', message: 'Does this survive a restart?' } }, token);
    if (!created.data) throw new Error(`Filing the load's ticket failed: ${created.error?.code} ${created.error?.message}`);
    tickets.push(created.data as { id: number; version: number });
  }

  const load = Promise.all(
    tickets.map(async (ticket, client) => {
      let version = ticket.version;
      while (running) {
        const answer =
          client % 2 === 0
            ? await callWire(url, 'tickets.get', 'query', { ticketId: ticket.id }, token)
            : await callWire(url, 'comments.add', 'mutation', { ticketId: ticket.id, expectedVersion: version, body: 'Still here.' }, token);
        if (client % 2 === 1 && answer.data) version = (answer.data as { version: number }).version;
        // A comment whose commit was cut may still have landed: pick the version up from a conflict.
        const current = answer.error?.domain?.details.currentVersion;
        if (typeof current === 'number') version = current;
        outcomes.push({ client, at: performance.now(), phase, answer });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }),
  );
  const probeHealth = async () => health.push({ phase, status: (await fetch(`${url}/health`)).status });

  await new Promise((resolve) => setTimeout(resolve, 500));
  await probeHealth();
  phase = 'down';
  cluster.stop();
  await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
  await probeHealth();
  cluster.start();
  upAt = performance.now();
  phase = 'after';
  // Answered as before: a success, or a conflict (a comment cut during the outage may have landed).
  const answeredAsBefore = (o: Outcome) => o.phase === 'after' && (o.answer.data !== undefined || o.answer.error?.code === 'CONFLICT');
  const recovered = () => tickets.every((_, client) => outcomes.filter((o) => o.client === client && answeredAsBefore(o)).length >= ANSWERS_AFTER);
  while (!recovered() && performance.now() - upAt < RECOVERY_LIMIT_MS) await new Promise((resolve) => setTimeout(resolve, 50));
  await probeHealth();
  running = false;
  await load;
}, 120_000);

afterAll(async () => {
  await api?.stop();
  cluster?.destroy();
});

describe.skipIf(!BIN)('PostgreSQL restarted under load', () => {
  it('never answered a bare 500 or an unexpected error', () => {
    expect(outcomes.length).toBeGreaterThan(CLIENTS * 10);
    const unexpected = outcomes.filter((o) => o.answer.httpStatus === 500 || o.answer.error?.code === 'INTERNAL_SERVER_ERROR');
    const behind = logs.lines.filter((line) => line.code === 'INTERNAL_SERVER_ERROR').map((line) => `${line.path}: ${line.err?.type} ${line.err?.code ?? ''} ${line.err?.message}`);
    expect({ answers: unexpected.map((o) => `${o.phase}: ${o.answer.error?.message}`), behind }).toEqual({ answers: [], behind: [] });
  });

  it('answered SERVICE_UNAVAILABLE, saying nothing was changed, while the database was down', () => {
    const down = outcomes.filter((o) => o.phase === 'down');
    expect(down.length).toBeGreaterThan(0);
    for (const o of down) {
      if (o.answer.data) continue; // answered before the stop reached it
      expect(o.answer.httpStatus).toBe(503);
      expect(o.answer.error?.code).toBe('SERVICE_UNAVAILABLE');
      expect(o.answer.error?.message).toMatch(/cannot be reached right now; nothing was changed/);
    }
    expect(down.filter((o) => o.answer.error?.code === 'SERVICE_UNAVAILABLE').length).toBeGreaterThan(0);
    expect(health).toEqual([
      { phase: 'before', status: 200 },
      { phase: 'down', status: 503 },
      { phase: 'after', status: 200 },
    ]);
  });

  it('recovered without a restart of its own: every client succeeds again', () => {
    const after = outcomes.filter((o) => o.phase === 'after');
    const firstSuccess = after.find((o) => o.answer.data !== undefined);
    expect(firstSuccess).toBeDefined();
    // Only conflicts (a comment cut during the outage may have landed) or successes at the end: each
    // client's last answers.
    for (let client = 0; client < CLIENTS; client++) {
      const last = after.filter((o) => o.client === client).slice(-3);
      expect(last.length).toBe(3);
      expect(last.filter((o) => o.answer.error && o.answer.error.code !== 'CONFLICT')).toEqual([]);
    }
    const unavailable = outcomes.filter((o) => o.answer.error?.code === 'SERVICE_UNAVAILABLE');
    recordFigures('postgres-restarted', {
      requests: outcomes.length,
      serviceUnavailable: unavailable.length,
      downMs: DOWN_MS,
      recoveryMsAfterPostgresUp: Math.round((firstSuccess?.at ?? Number.NaN) - upAt),
      lastUnavailableMsAfterPostgresUp: Math.round(Math.max(...unavailable.map((o) => o.at)) - upAt),
    });
  });
});

if (!BIN) {
  describe('PostgreSQL restarted under load', () => {
    it.skip('needs PostgreSQL server binaries in /usr/lib/postgresql/<version>/bin (apt-get install postgresql) to start a cluster of its own', () => undefined);
  });
}
