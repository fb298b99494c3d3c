// The load generator: a process of its own (started by run-load.ts), so the API's process and the
// load it answers never share an event loop. Reads a LoadPlan, prints LoadStats as JSON.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { summarize } from '../latency-stats.js';
import { fillPlaceholders } from './fill-placeholders.js';
import type { FloorPlan, HttpPlan, LoadPlan, RecordedStatement, SqlPlan } from './load-plan.js';

const plan = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadPlan;

/** One unit of work of a connection; resolves true when it succeeded. */
type Step = () => Promise<boolean>;

function httpSteps(target: HttpPlan, concurrency: number): Step[] {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(target.url);
  return Array.from({ length: concurrency }, (_, index) => {
    const ticket = { ...target.tickets[index % target.tickets.length]! };
    let toggle = 0;
    return () =>
      new Promise<boolean>((resolve, reject) => {
        const input = fillPlaceholders(target.input, { $ticket: ticket.id, $version: ticket.version, $status: target.statuses?.[toggle % 2] });
        const body = target.method === 'POST' ? JSON.stringify(input) : undefined;
        const path = target.method === 'GET' ? `${url.pathname}?input=${encodeURIComponent(JSON.stringify(input))}` : url.pathname;
        const req = request(
          { agent, host: url.hostname, port: url.port, path, method: target.method, headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const ok = res.statusCode === 200;
              if (target.method === 'POST') {
                // Follow the ticket's version: the answer's on success, the current one on a conflict.
                const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                  result?: { data?: { version?: number } };
                  error?: { data?: { domain?: { details?: { currentVersion?: number } } } };
                };
                const version = answer.result?.data?.version ?? answer.error?.data?.domain?.details?.currentVersion;
                if (version !== undefined) ticket.version = version;
                if (ok) toggle += 1;
              }
              resolve(ok);
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
  });
}

/**
 * Replaces the recorded ticket id with this connection's, wherever it stands as a whole number: a
 * value, inside an int[] literal, or in the statement's text (the driver may receive values inlined).
 */
function forTicket(statements: readonly RecordedStatement[], recorded: number, ticketId: number): RecordedStatement[] {
  const token = new RegExp(`(?<!\\d)${recorded}(?!\\d)`, 'g');
  const swap = (text: string) => text.replace(token, String(ticketId));
  return statements.map((statement) => ({
    text: swap(statement.text),
    values: statement.values.map((value) => (value === recorded ? ticketId : typeof value === 'string' ? swap(value) : value)),
  }));
}

/** Runs the statements one after the other on one pooled connection; a failure rolls back. */
async function runOnPool(pool: pg.Pool, statements: readonly RecordedStatement[]): Promise<boolean> {
  const client = await pool.connect();
  try {
    for (const statement of statements) await client.query(statement.text, statement.values);
    return true;
  } catch {
    await client.query('rollback').catch(() => undefined);
    return false;
  } finally {
    client.release();
  }
}

interface Driven {
  steps: Step[];
  close: () => Promise<void>;
}

function sqlSteps(target: SqlPlan, concurrency: number): Driven {
  const pool = new pg.Pool({ connectionString: target.databaseUrl, max: target.poolSize });
  const steps = Array.from({ length: concurrency }, (_, index) => {
    const statements = forTicket(target.statements, target.recordedTicketId, target.ticketIds[index % target.ticketIds.length]!);
    return () => runOnPool(pool, statements);
  });
  return { steps, close: () => pool.end() };
}

function floorSteps(target: FloorPlan, concurrency: number): Driven {
  const pool = new pg.Pool({ connectionString: target.databaseUrl, max: target.poolSize });
  const steps = Array.from({ length: concurrency }, (_, index) => {
    const own = target.connections[index % target.connections.length] ?? {};
    let turn = 0;
    return async () => {
      const values = { ...own, ...(target.turns?.[turn % target.turns.length] ?? {}) };
      const statements = target.statements.map((statement) => ({ text: statement.text, values: statement.values.map((value) => fillPlaceholders(value, values)) }));
      const ok = await runOnPool(pool, statements);
      if (ok) turn += 1;
      return ok;
    };
  });
  return { steps, close: () => pool.end() };
}

function stepsOf(target: LoadPlan['target'], concurrency: number): Driven {
  if (target.kind === 'http') return { steps: httpSteps(target, concurrency), close: async () => undefined };
  return target.kind === 'sql' ? sqlSteps(target, concurrency) : floorSteps(target, concurrency);
}

async function drive(steps: Step[], seconds: number, maxRequests: number, latencies: number[] | null): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let errors = 0;
  let started = 0;
  await Promise.all(
    steps.map(async (step) => {
      while (performance.now() < deadline && started < maxRequests) {
        started += 1;
        const begin = performance.now();
        const ok = await step().catch(() => false);
        if (ok) latencies?.push(performance.now() - begin);
        else errors += 1;
      }
    }),
  );
  return errors;
}

const { steps, close } = stepsOf(plan.target, plan.concurrency);
await drive(steps, plan.warmupSeconds, Number.POSITIVE_INFINITY, null);
const latencies: number[] = [];
const begin = performance.now();
const errors = await drive(steps, plan.seconds, plan.maxRequests, latencies);
const elapsed = (performance.now() - begin) / 1000;
await close();
process.stdout.write(JSON.stringify(summarize(latencies, errors, elapsed)));
process.exit(0);
