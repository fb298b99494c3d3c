// What a team gets from `pnpm new:ticket-type` on a fresh clone: the repository is copied as git has
// it (tracked and new files, nothing ignored: no node_modules, no dist/), installed from the store
// the way a fresh clone is, and the new package's own `pnpm test` (its unit, API and playground
// tests) must pass inside the package, with nothing built first.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withImporter } from './lockfile-importer.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const NAME = 'scaffold-check';
let copy: string;

// The outer vitest marks its workers through VITEST_*; the inner runs are runs of their own, and
// print without colours, so their summary line reads as text.
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'FORCE_COLOR')), NO_COLOR: '1' };

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function copyOfRepository(): string {
  const target = mkdtempSync(join(tmpdir(), 'tickets-fresh-clone-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0');
  // A file deleted in the working tree is still listed until the deletion is committed.
  for (const file of files) if (file && existsSync(join(root, file))) cpSync(join(root, file), join(target, file), { recursive: true });
  return target;
}

beforeAll(() => {
  copy = copyOfRepository();
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('pnpm new:ticket-type on a fresh clone', () => {
  it("creates a package whose own `pnpm test` passes inside it, with nothing built", () => {
    expect(existsSync(join(copy, 'node_modules')) || existsSync(join(copy, 'packages/domain/dist'))).toBe(false);

    // A title with an apostrophe, as real ones have ("Post a competition's results"): the generated code must still parse.
    const scaffold = run('pnpm', ['new:ticket-type', NAME, '--team', 'WST', '--title', "Ask the software team's help", '--no-install'], copy);
    expect(scaffold.status, scaffold.output).toBe(0);
    const pkg = join(copy, 'plugins', NAME);
    const lockfile = join(copy, 'pnpm-lock.yaml');
    writeFileSync(lockfile, withImporter(readFileSync(lockfile, 'utf8'), `plugins/${NAME}`, JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'))));
    // Not frozen: the root package.json now depends on the new package (a workspace link, resolved locally).
    // Prefer-offline, not offline: a frozen install (as CI's) keeps no registry metadata, which a
    // non-frozen install reads; the tarballs still come from the store.
    const install = run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], copy);
    expect(install.status, install.output).toBe(0);

    const tests = run('pnpm', ['test'], pkg);
    expect(tests.status, tests.output).toBe(0);
    expect(tests.output).toMatch(/Test Files +\d+ passed \(\d+\)/);
    expect(existsSync(join(copy, 'packages/domain/dist'))).toBe(false);
  });
});
