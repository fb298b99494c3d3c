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

/** Runs one load in a separate process (loopback only) and returns what it measured. */
export async function runLoad(plan: LoadPlan): Promise<LoadStats> {
  const file = join(planDir, `plan-${++planCount}.json`);
  writeFileSync(file, JSON.stringify(plan));
  // The hard stop: a load never outlives its time by more than a generous margin.
  const limitMs = (plan.seconds + plan.warmupSeconds + 30) * 1000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, file], { stdio: ['ignore', 'pipe', 'inherit'], timeout: limitMs, killSignal: 'SIGKILL' });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(JSON.parse(out) as LoadStats);
      else reject(new Error(`The load process stopped with ${signal ?? `exit code ${code}`}.`));
    });
  });
}
