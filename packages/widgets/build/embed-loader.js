// The embed build's last step: the stable loader `dist/tickets-widgets.js` (the one URL a host page
// names, served with a short cache and an ETag) and `dist/embed-manifest.json`. Every other file of
// the build carries its content's hash in its name (cached for a year) except the shared runtime's
// entries, whose names playground modules import.
// The loader has no static import, so it runs as soon as it arrives: it first asks the API for the
// tickets on the page (src/api/first-paint.ts), then imports the core and every chunk the core
// needs at once (fetched side by side, not one level at a time), and re-exports the core's exports
// once it has run (top-level await). The API serves the loader with its installed ticket types in
// place of TICKET_TYPES_PLACEHOLDER (packages/server/src/embed/embed-assets.ts).

/** Where the API writes its installed ticket types' playground modules, `[{ type, module }]`. */
export const TICKET_TYPES_PLACEHOLDER = '/*tickets:ticket-types*/[]';

/** The loader's text, from the build's manifest, the core's export names and `startFirstPaint`'s source. */
export function loaderSource({ core, preload }, { exports, firstPaint, firstPaintKey, wantedLocales }) {
  const imports = [...preload, core].map((file) => `import('./${file}')`).join(', ');
  return `// Tickets widgets: the stable entry point. Generated; see @tickets/widgets build/embed-loader.js.
const ticketTypes = ${TICKET_TYPES_PLACEHOLDER};
const loading = Promise.all([${imports}]);
(${firstPaint})({ key: ${JSON.stringify(firstPaintKey)}, ticketTypes, base: import.meta.url, wantedLocales: ${wantedLocales} });
const core = (await loading).at(-1);
export const { ${exports.join(', ')} } = core;
core.registerPlaygroundModules(ticketTypes.map(({ type, module }) => ({ type, url: new URL(module, import.meta.url).href })));
`;
}

/**
 * A Vite plugin writing the loader and the manifest from the bundle it finished. `firstPaint` is
 * src/api/first-paint.ts's `startFirstPaint` and `firstPaintKey` its `FIRST_PAINT_KEY`, `wantedLocales`
 * src/elements/page-language.ts's: the loader carries the functions' source.
 */
export function embedLoader({ coreName = 'core', fileName = 'tickets-widgets.js', firstPaint, firstPaintKey, wantedLocales }) {
  return {
    name: 'tickets-embed-loader',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const core = chunks.find((chunk) => chunk.isEntry && chunk.name === coreName);
      if (!core) throw new Error(`The embed build has no '${coreName}' entry.`);
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const preload = [];
      const visit = (file) => {
        for (const imported of byFile.get(file)?.imports ?? []) {
          if (preload.includes(imported)) continue;
          preload.push(imported);
          visit(imported);
        }
      };
      visit(core.fileName);
      const manifest = {
        core: core.fileName,
        preload,
        ticketTypesPlaceholder: TICKET_TYPES_PLACEHOLDER,
        runtime: Object.fromEntries(chunks.filter((chunk) => chunk.isEntry && chunk.name.startsWith('runtime/')).map((chunk) => [chunk.name.slice('runtime/'.length), chunk.fileName])),
      };
      if (!core.exports.includes('registerPlaygroundModules')) throw new Error(`The embed's core does not export registerPlaygroundModules, which the loader calls.`);
      this.emitFile({ type: 'asset', fileName, source: loaderSource(manifest, { exports: core.exports, firstPaint: String(firstPaint), firstPaintKey, wantedLocales: String(wantedLocales) }) });
      this.emitFile({ type: 'asset', fileName: 'embed-manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
