// Each test file records the figures of its run; docs/reliability.md quotes the last run's.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../test-results/reliability-figures.json', import.meta.url));

export function recordFigures(test: string, figures: Record<string, number | string>): void {
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    // First figures of this run.
  }
  all[test] = { ...figures, at: new Date().toISOString() };
  mkdirSync(dirname(FILE), { recursive: true });
  writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
}
