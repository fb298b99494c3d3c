import { fileURLToPath } from 'node:url';
import { runInOwnProcess } from './load/run-load.js';
import type { LiveWriterPlan, LiveWriterResult } from './live-writer.js';

const WRITER = fileURLToPath(new URL('./live-writer.ts', import.meta.url));

/** Runs the live figures' comment load in a process of its own and returns what it measured. */
export function runLiveWriter(plan: LiveWriterPlan): Promise<LiveWriterResult> {
  return runInOwnProcess<LiveWriterResult>(WRITER, plan, plan.seconds + plan.warmupSeconds + 30, "The live writers' process");
}
