// The embed build's last step: the stable loader `dist/tickets-widgets.js` (the one URL a host page
// names, served with a short cache and an ETag) and `dist/embed-manifest.json`. Every other file of
// the build carries its content's hash in its name (cached for a year) except the shared runtime's
// entries, whose names playground modules import. The loader imports the core and, directly, every
// chunk the core needs, so a browser fetches them all at once instead of one level at a time.
// Plain JS (not TS) because the API reads the manifest at run time with the same rules (see
// packages/server/src/http/embed-loader.ts).

/** The loader's text: `preload` imported for their fetch, the core's exports re-exported, then `extra`. */
export function loaderSource({ core, preload }, extra = '') {
  const imports = preload.map((file) => `import './${file}';`).join('\n');
  return `// Tickets widgets: the stable entry point. Generated; see @tickets/widgets build/embed-loader.js.\n${imports}\nexport * from './${core}';\n${extra}`;
}

/** A Vite plugin writing the loader and the manifest from the bundle it finished. */
export function embedLoader({ coreName = 'core', fileName = 'tickets-widgets.js' } = {}) {
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
        runtime: Object.fromEntries(chunks.filter((chunk) => chunk.isEntry && chunk.name.startsWith('runtime/')).map((chunk) => [chunk.name.slice('runtime/'.length), chunk.fileName])),
      };
      this.emitFile({ type: 'asset', fileName, source: loaderSource(manifest) });
      this.emitFile({ type: 'asset', fileName: 'embed-manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
