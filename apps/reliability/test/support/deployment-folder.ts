// A deployment as an operator makes one from published packages: the workspace's packages packed
// with `pnpm pack` (the very manifest and files a registry would get), installed with npm into an
// empty folder outside the workspace that holds only a package.json and a tickets.config.json, and
// the installed `tickets-api` started there. Nothing in the folder links back into the workspace.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type StartOutcome, untilListening } from '@tickets/server/testing';

const run = promisify(execFile);
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface PackedPackage {
  name: string;
  version: string;
  /** The tarball's absolute path. */
  tarball: string;
  /** What the tarball's package.json says (pnpm's publishConfig applied, workspace: and catalog: resolved). */
  manifest: PackedManifest;
}

export interface PackedManifest {
  name: string;
  version: string;
  exports?: Record<string, unknown>;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
}

/** Every file path an `exports` map (or `bin`) names, whatever its nesting of conditions. */
export function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

/**
 * `pnpm --filter <name> pack` for each package, into `destination`. A tarball that lacks a file
 * its own manifest exports (dist/ not built) stops here, saying so, rather than as a puzzling
 * failure inside the installed folder.
 */
export async function packPackages(names: readonly string[], destination: string): Promise<PackedPackage[]> {
  const packed: PackedPackage[] = [];
  for (const name of names) {
    const { stdout } = await run('pnpm', ['--filter', name, 'pack', '--pack-destination', destination, '--json'], { cwd: WORKSPACE_ROOT, maxBuffer: 16 * 1024 * 1024 });
    const report = JSON.parse(stdout) as { name: string; version: string; filename: string; files: { path: string }[] };
    const { stdout: manifestText } = await run('tar', ['-xOzf', report.filename, 'package/package.json']);
    const manifest = JSON.parse(manifestText) as PackedManifest;
    const files = new Set(report.files.map((file) => file.path));
    const missing = [...exportTargets(manifest.exports), ...exportTargets(manifest.bin)]
      .filter((target) => !target.includes('*'))
      .map((target) => target.replace(/^\.\//, ''))
      .filter((target) => !files.has(target));
    if (missing.length > 0) {
      throw new Error(`${name}'s tarball lacks files its package.json exports: ${missing.join(', ')}. Build it first: pnpm exec turbo run build --filter=${name}`);
    }
    packed.push({ name: report.name, version: report.version, tarball: report.filename, manifest });
  }
  return packed;
}

/**
 * An empty folder in the system's temporary directory with only a package.json (each package
 * from its tarball; `overrides` send the packages' dependencies on one another to the tarballs too,
 * as a registry would) and a tickets.config.json listing `ticketTypes`.
 */
export function writeDeploymentFolder(packages: readonly PackedPackage[], ticketTypes: readonly string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'tickets-deployment-'));
  const fromTarballs = Object.fromEntries(packages.map((pkg) => [pkg.name, `file:${pkg.tarball}`]));
  const manifest = { name: 'tickets-deployment', private: true, type: 'module', dependencies: fromTarballs, overrides: fromTarballs };
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(folder, 'tickets.config.json'), `${JSON.stringify({ ticketTypes }, null, 2)}\n`);
  return folder;
}

/** This process's environment without what pnpm passes to the scripts it runs (npm would read it as its own configuration). */
function withoutPackageManagerSettings(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm|pnpm)_/i.test(name)));
}

export async function npmInstall(folder: string): Promise<void> {
  try {
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, env: withoutPackageManagerSettings(), maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`npm install in ${folder} failed:\n${stderr ?? ''}${stdout ?? ''}`, { cause: error });
  }
}

export function readInstalledManifest(folder: string, name: string): PackedManifest {
  return JSON.parse(readFileSync(join(folder, 'node_modules', name, 'package.json'), 'utf8')) as PackedManifest;
}

export type CommandOutcome = StartOutcome;

/**
 * Runs an installed command (`node_modules/.bin/<bin>`) in the deployment folder with only `env`
 * and a PATH — none of the workspace's or the test runner's settings — and reports either that it
 * listens (group 1 of `listening`: the address) or that it exited, with what it wrote.
 */
export function runInstalled(folder: string, bin: string, env: Record<string, string>, listening: RegExp): Promise<CommandOutcome> {
  const child: ChildProcess = spawn(join(folder, 'node_modules', '.bin', bin), [], {
    cwd: folder,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? folder, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return untilListening(child, listening, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
}
