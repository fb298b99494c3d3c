import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadStats } from '../latency-stats.js';
import type { LoadPlan } from './load-plan.js';

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
const planDir = mkdtempSync(join(tmpdir(), 'tickets-bench-'));
let planCount = 0;

/**
 * Runs a load script in a process of its own (so the load never shares an event loop with the API
 * or with what it measures): the plan goes in as a JSON file, the result comes back as JSON on
 * stdout. `what` names the process in the error when it fails or is stopped at `limitSeconds`.
 */
export function runInOwnProcess<Result>(script: string, plan: unknown, limitSeconds: number, what: string): Promise<Result> {
  const file = join(planDir, `plan-${++planCount}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, file], { stdio: ['ignore', 'pipe', 'inherit'], timeout: limitSeconds * 1000, killSignal: 'SIGKILL' });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(JSON.parse(out) as Result);
      else reject(new Error(`${what} stopped with ${signal ?? `exit code ${code}`}.`));
    });
  });
}

/** Runs one load in a separate process (loopback only) and returns what it measured. */
export function runLoad(plan: LoadPlan): Promise<LoadStats> {
  // The hard stop: a load never outlives its time by more than a generous margin.
  return runInOwnProcess<LoadStats>(WORKER, plan, plan.seconds + plan.warmupSeconds + 30, 'The load process');
}
