import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contractMismatch, defineTicketType, type TicketTypeDefinition } from '@tickets/plugin-kit';
import { defineTicketTypeServer, requireMetadataStore, type TicketTypeServer } from '@tickets/plugin-kit/server';
import type { Config } from '../../config.js';
import { rememberPlaygroundBuild } from '../../embed/playground-builds.js';
import type { TicketTypePlugin } from './ticket-type-registry.js';

/** The ticket types listed in the deployment file (`tickets.config.json` in the deployment's folder, `TICKETS_ROOT`). */
export function ticketTypesOfDeployment(rootDir: string): string[] {
  const file = join(rootDir, 'tickets.config.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const list = (parsed as { ticketTypes?: unknown }).ticketTypes;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
    throw new Error(`${file}: "ticketTypes" must be a list of package names.`);
  }
  return list;
}

/**
 * Imports each plugin (a package name resolved from `rootDir`, or a path) and checks its default
 * export is a valid ticket type. A package's `./server` export (its storage and action effects) is
 * preferred to its main export. Any failure stops start-up with a message naming the plugin.
 */
export async function loadTicketTypes(specifiers: readonly string[], rootDir: string): Promise<TicketTypePlugin[]> {
  const require = createRequire(join(rootDir, 'package.json'));
  const resolvePlugin = (specifier: string): string => {
    if (specifier.startsWith('.') || isAbsolute(specifier)) return resolve(rootDir, specifier);
    try {
      return require.resolve(`${specifier}/server`);
    } catch {
      return require.resolve(specifier);
    }
  };
  const types: TicketTypePlugin[] = [];
  for (const specifier of specifiers) {
    let module: { default?: unknown };
    let path: string;
    try {
      path = resolvePlugin(specifier);
      module = (await import(pathToFileURL(path).href)) as { default?: unknown };
    } catch (error) {
      throw new Error(`Ticket-type plugin '${specifier}' could not be loaded: ${(error as Error).message}`, { cause: error });
    }
    const candidate = module.default as TicketTypePlugin | undefined;
    if (!candidate || typeof candidate !== 'object') {
      throw new Error(`Ticket-type plugin '${specifier}' has no default export; export the result of defineTicketType(...) as default.`);
    }
    const stamped: Partial<TicketTypeDefinition> = 'definition' in candidate ? (candidate as TicketTypeServer).definition : candidate;
    const mismatch = contractMismatch(specifier, stamped.kitContract);
    if (mismatch) throw new Error(mismatch);
    try {
      // Checked again here: a plugin built against another version of the kit may skip its own checks.
      if ('definition' in candidate) {
        const server = candidate as TicketTypeServer;
        types.push(defineTicketTypeServer(defineTicketType(server.definition), server));
        rememberPlaygroundBuild(types.at(-1)!, path);
      } else {
        // A definition without its server half has no store: fine only if it accepts no metadata.
        const definition = defineTicketType(candidate);
        requireMetadataStore({ definition });
        types.push(definition);
        rememberPlaygroundBuild(definition, path);
      }
    } catch (error) {
      throw new Error(`Ticket-type plugin '${specifier}' is not valid: ${(error as Error).message}`, { cause: error });
    }
  }
  return types;
}

/**
 * The ticket types a start serves: `TICKET_TYPES` when set, else those of the deployment's
 * `tickets.config.json`; either way resolved from the deployment's folder (`TICKETS_ROOT`), where
 * an operator installs them next to the API.
 */
export function loadConfiguredTicketTypes(config: Pick<Config, 'TICKET_TYPES' | 'TICKETS_ROOT'>): Promise<TicketTypePlugin[]> {
  return loadTicketTypes(config.TICKET_TYPES ?? ticketTypesOfDeployment(config.TICKETS_ROOT), config.TICKETS_ROOT);
}
