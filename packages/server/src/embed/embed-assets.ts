// The embed as the API serves it to host pages, under one prefix: the widgets' build (its stable
// loader, content-hashed core and chunks, and the shared runtime), each installed ticket type's
// playground module in ticket-types/<type>/ (where the module finds the runtime at ../../runtime/),
// and the manifest of those modules — in ticket-types.json, and in the loader itself, so a page
// needs no request more to know where the playgrounds are.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StaticMount } from '../http/static-files.js';
import type { TicketTypePlugin } from '../modules/ticket-types/ticket-type-registry.js';
import { playgroundBuildOf } from './playground-builds.js';

/** Where the embed is served: the README's script tag names `${EMBED_PREFIX}tickets-widgets.js`. */
export const EMBED_PREFIX = '/assets/tickets/';

/** One entry of the manifest: the module URL is relative to the manifest (and to the loader). */
export interface PlaygroundManifestEntry {
  type: string;
  module: string;
}

/** What the widgets' build writes to dist/embed-manifest.json (packages/widgets/build/embed-loader.js). */
interface WidgetsBuild {
  core: string;
}

function typeKeyOf(plugin: TicketTypePlugin): string {
  return 'definition' in plugin ? plugin.definition.type : plugin.type;
}

/** The installed types' playground modules, as the manifest lists them. */
export function playgroundManifest(ticketTypes: readonly TicketTypePlugin[]): PlaygroundManifestEntry[] {
  return ticketTypes.flatMap((plugin) => {
    const build = playgroundBuildOf(plugin);
    return build ? [{ type: typeKeyOf(plugin), module: `ticket-types/${typeKeyOf(plugin)}/${build.module}` }] : [];
  });
}

/**
 * The static mounts serving the embed from `widgetsDir` (the widgets package's dist/) and the
 * types' playground builds. Throws, naming the folder and the command, when the widgets are not built.
 */
export function embedMounts(widgetsDir: string, ticketTypes: readonly TicketTypePlugin[]): StaticMount[] {
  const manifestFile = join(widgetsDir, 'embed-manifest.json');
  const loaderFile = join(widgetsDir, 'tickets-widgets.js');
  if (!existsSync(manifestFile) || !existsSync(loaderFile)) {
    throw new Error(`The widgets are not built: ${widgetsDir} has no embed-manifest.json or tickets-widgets.js. Build them: pnpm --filter @tickets/widgets build`);
  }
  const { core } = JSON.parse(readFileSync(manifestFile, 'utf8')) as WidgetsBuild;
  const entries = playgroundManifest(ticketTypes);
  // Appended to the build's loader: its imports are hoisted, so this runs once the core has
  // defined the elements, and before any of them has its ticket's answer.
  const registration = `import { registerPlaygroundModules as registerTicketTypes } from './${core}';
registerTicketTypes(${JSON.stringify(entries)}.map(({ type, module }) => ({ type, url: new URL(module, import.meta.url).href })));
`;
  const made = new Map([
    ['tickets-widgets.js', `${readFileSync(loaderFile, 'utf8')}${registration}`],
    ['ticket-types.json', `${JSON.stringify({ ticketTypes: entries }, null, 2)}\n`],
  ]);
  return [
    { prefix: EMBED_PREFIX, files: made },
    ...ticketTypes.flatMap((plugin) => {
      const build = playgroundBuildOf(plugin);
      return build ? [{ prefix: `${EMBED_PREFIX}ticket-types/${typeKeyOf(plugin)}/`, directory: build.directory }] : [];
    }),
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
