import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LiveWriterPlan, LiveWriterResult } from './live-writer.js';

const WRITER = fileURLToPath(new URL('./live-writer.ts', import.meta.url));
const planDir = mkdtempSync(join(tmpdir(), 'tickets-live-'));
let planCount = 0;

/** Runs the live figures' comment load in a process of its own and returns what it measured. */
export async function runLiveWriter(plan: LiveWriterPlan): Promise<LiveWriterResult> {
  const file = join(planDir, `writers-${++planCount}.json`);
  writeFileSync(file, JSON.stringify(plan));
  // The hard stop: a load never outlives its time by more than a generous margin.
  const limitMs = (plan.seconds + plan.warmupSeconds + 30) * 1000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file], { stdio: ['ignore', 'pipe', 'inherit'], timeout: limitMs, killSignal: 'SIGKILL' });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(JSON.parse(out) as LiveWriterResult);
      else reject(new Error(`The live writers' process stopped with ${signal ?? `exit code ${code}`}.`));
    });
  });
}
