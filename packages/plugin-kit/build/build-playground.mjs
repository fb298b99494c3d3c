#!/usr/bin/env node
// `tickets-build-playground`: builds a ticket type's playground (src/widget/index.ts[x]) as an ES
// module of its own, dist/playground/playground.HASH.js, for the API to serve and `<tickets-ticket>`
// to load at run time (docs/ticket-types.md, "Publishing a ticket type"). React, its JSX runtime,
// react-dom and @tickets/plugin-kit/widget are not bundled: the module imports them from the
// widgets' shared runtime, which the API serves two folders up (`../../runtime/<name>.js` from
// `ticket-types/<type>/`), so the playground runs on the page's one React. Also writes
// dist/playground/playground.json, which names the module for the API.
//   "build": "tsc -p tsconfig.build.json && tickets-build-playground"
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { icuCatalogs, icuWithoutParser } from './icu-catalogs.mjs';

/** Where each shared import comes from, relative to the playground module as the API serves it. */
export const SHARED_RUNTIME = {
  react: '../../runtime/react.js',
  'react/jsx-runtime': '../../runtime/react-jsx-runtime.js',
  'react-dom': '../../runtime/react-dom.js',
  '@tickets/plugin-kit/widget': '../../runtime/plugin-kit-widget.js',
};

const root = process.cwd();
const entry = ['src/widget/index.tsx', 'src/widget/index.ts'].map((file) => join(root, file)).find((file) => existsSync(file));
const name = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name;
if (!entry) {
  console.log(`${name} has no playground (src/widget/index.ts[x]): nothing to build.`);
  process.exit(0);
}
const outDir = join(root, 'dist', 'playground');

const output = await build({
  root,
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // The type's catalogs (src/widget/i18n/catalogs/<locale>.ts) as syntax trees, as the widgets' own:
  // the page's kit formats them without a parser.
  plugins: [icuCatalogs()],
  resolve: { alias: icuWithoutParser },
  build: {
    target: 'es2022',
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry, formats: ['es'] },
    rolldownOptions: {
      external: Object.keys(SHARED_RUNTIME),
      output: {
        paths: SHARED_RUNTIME,
        entryFileNames: 'playground.[hash].js',
        chunkFileNames: 'chunks/[name].[hash].js',
        minify: true,
      },
    },
  },
});
const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
const module = chunks.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
if (!module) throw new Error(`Building the playground of ${name} wrote no module.`);
const stray = chunks.filter((chunk) => chunk.type === 'chunk').flatMap((chunk) => chunk.imports).filter((imported) => !imported.startsWith('chunks/') && !Object.values(SHARED_RUNTIME).includes(imported));
if (stray.length > 0) throw new Error(`The playground of ${name} imports what the page cannot resolve: ${stray.join(', ')}.`);
writeFileSync(join(outDir, 'playground.json'), `${JSON.stringify({ module: module.fileName }, null, 2)}\n`);
console.log(`${name}: dist/playground/${module.fileName}`);
