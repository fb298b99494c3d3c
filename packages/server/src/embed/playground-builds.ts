// Where each loaded ticket type's playground module was built: `tickets-build-playground` writes it
// to the plugin package's dist/playground/ with a playground.json naming the module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TicketTypePlugin } from '../modules/ticket-types/ticket-type-registry.js';

export interface PlaygroundBuild {
  /** The folder holding the module and its chunks (the package's dist/playground). */
  directory: string;
  /** The module's file name in it, content-hashed (playground.HASH.js). */
  module: string;
}

const builds = new WeakMap<TicketTypePlugin, PlaygroundBuild>();

/** The playground build found beside a loaded plugin, if any (a type without one shows none). */
export function playgroundBuildOf(plugin: TicketTypePlugin): PlaygroundBuild | null {
  return builds.get(plugin) ?? null;
}

/**
 * Looks for the playground build of the package `modulePath` belongs to (the nearest folder up
 * with a package.json) and remembers it for `plugin`. A package whose playground.json is broken
 * stops start-up (the loader names the plugin), like any other broken plugin.
 */
export function rememberPlaygroundBuild(plugin: TicketTypePlugin, modulePath: string): void {
  let dir = dirname(modulePath);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
  const directory = join(dir, 'dist', 'playground');
  const file = join(directory, 'playground.json');
  if (!existsSync(file)) return;
  let module: unknown;
  try {
    module = (JSON.parse(readFileSync(file, 'utf8')) as { module?: unknown }).module;
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}); rebuild it with tickets-build-playground.`, { cause: error });
  }
  if (typeof module !== 'string' || !/^[\w.-]+\.js$/.test(module) || !existsSync(join(directory, module))) {
    throw new Error(`${file} names no module of its folder (${JSON.stringify(module)}); rebuild it with tickets-build-playground.`);
  }
  builds.set(plugin, { directory, module });
}
