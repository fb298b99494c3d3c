// The embed as the API serves it to host pages, under one prefix: the widgets' build (its stable
// loader, content-hashed core and chunks, and the shared runtime), each installed ticket type's
// playground module in ticket-types/<type>/ (where the module finds the runtime at ../../runtime/),
// and the manifest of those modules — in ticket-types.json, and in the loader itself, so a page
// needs no request more to know where the playgrounds are.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StaticMount } from '../http/static-files.js';
import { asServer, type TicketTypePlugin } from '../modules/ticket-types/ticket-type-registry.js';
import { type PlaygroundBuild, playgroundBuildOf } from './playground-builds.js';

/** Where the embed is served: the README's script tag names `${EMBED_PREFIX}tickets-widgets.js`. */
export const EMBED_PREFIX = '/assets/tickets/';

/** One entry of the manifest: the module URL is relative to the manifest (and to the loader). */
export interface PlaygroundManifestEntry {
  type: string;
  module: string;
}

/** What the widgets' build writes to dist/embed-manifest.json (packages/widgets/build/embed-loader.js). */
interface WidgetsBuild {
  /** The text in the loader the API replaces with its installed types' modules (a JSON array). */
  ticketTypesPlaceholder?: string;
}

/** The loaded types that have a playground build, with their keys. */
function playgroundBuilds(ticketTypes: readonly TicketTypePlugin[]): { type: string; build: PlaygroundBuild }[] {
  return ticketTypes.flatMap((plugin) => {
    const build = playgroundBuildOf(plugin);
    return build ? [{ type: asServer(plugin).definition.type, build }] : [];
  });
}

/** Whether `widgetsDir` holds the widgets' build (its loader and manifest). */
export function widgetsBuilt(widgetsDir: string): boolean {
  return existsSync(join(widgetsDir, 'embed-manifest.json')) && existsSync(join(widgetsDir, 'tickets-widgets.js'));
}

/**
 * The static mounts serving the embed from `widgetsDir` (the widgets package's dist/) and the
 * types' playground builds. Throws, naming the folder and the command, when the widgets are not built.
 */
export function embedMounts(widgetsDir: string, ticketTypes: readonly TicketTypePlugin[]): StaticMount[] {
  if (!widgetsBuilt(widgetsDir)) {
    throw new Error(`The widgets are not built: ${widgetsDir} has no embed-manifest.json or tickets-widgets.js. Build them: pnpm --filter @tickets/widgets build`);
  }
  const { ticketTypesPlaceholder } = JSON.parse(readFileSync(join(widgetsDir, 'embed-manifest.json'), 'utf8')) as WidgetsBuild;
  const builds = playgroundBuilds(ticketTypes);
  const entries: PlaygroundManifestEntry[] = builds.map(({ type, build }) => ({ type, module: `ticket-types/${type}/${build.module}` }));
  // The loader registers these with the core once it has run, and its first paint preloads the
  // playground of the ticket it asked for (packages/widgets/build/embed-loader.js).
  const loader = readFileSync(join(widgetsDir, 'tickets-widgets.js'), 'utf8');
  if (!ticketTypesPlaceholder || !loader.includes(ticketTypesPlaceholder)) {
    throw new Error(`${join(widgetsDir, 'tickets-widgets.js')} has no place for the ticket types (no ticketTypesPlaceholder in its embed-manifest.json, or not in the loader): it comes from another version of @tickets/widgets. Build them again: pnpm --filter @tickets/widgets build`);
  }
  const made = new Map([
    ['tickets-widgets.js', loader.replace(ticketTypesPlaceholder, () => JSON.stringify(entries))],
    ['ticket-types.json', `${JSON.stringify({ ticketTypes: entries }, null, 2)}\n`],
  ]);
  return [
    { prefix: EMBED_PREFIX, files: made },
    ...builds.map(({ type, build }) => ({ prefix: `${EMBED_PREFIX}ticket-types/${type}/`, directory: build.directory })),
    { prefix: EMBED_PREFIX, directory: widgetsDir },
  ];
}

/**
 * The dist/ folder of the @tickets/widgets package installed where `from` (a module's URL, e.g. the
 * start command's `import.meta.url`) resolves packages.
 */
export function installedWidgetsDir(from: string | URL): string {
  return join(dirname(createRequire(from).resolve('@tickets/widgets/package.json')), 'dist');
}
