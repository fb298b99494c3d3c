#!/usr/bin/env node
// Prints the gzip size of the widgets' core (what a page loads before any playground: the loader
// dist/tickets-widgets.js, the core and the chunks it imports, as dist/embed-manifest.json lists them,
// built by `vite build`) and what it is made of, and says whether it is within the budget
// (issue: 90 KB gzip, React included, no playground).
// With --enforce it exits 1 when over the budget.
//   pnpm bench      (builds, then runs this)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

/** The budget, in KB (1 KB = 1,000 bytes) of gzip: see the README's "Bundle size" for why this number. */
const BUDGET_KB = 90;

/** Packages the bundle must not carry, whatever its size: zod comes only with the domain's schemas (README, "Bundle size"). */
const EXCLUDED_PACKAGES = ['zod'];

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
let files;
try {
  const manifest = JSON.parse(readFileSync(join(dist, 'embed-manifest.json'), 'utf8'));
  files = ['tickets-widgets.js', manifest.core, ...manifest.preload];
} catch {
  console.error(`No embed build in ${dist}: run \`pnpm build\` first.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const gzip = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/** The package a source file belongs to (`react-dom`, `@tanstack/query-core`), or the widgets' own code. */
function packageOf(source) {
  // A ticket type's playground (workspace source or installed package): never part of the core.
  const plugin = /(?:^|\/)(?:plugins\/([^/]+)\/|node_modules\/@tickets\/plugin-(?!kit)([^/]+)\/)/.exec(source);
  if (plugin) return `playground of ${plugin[1] ?? plugin[2]}`;
  const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return match ? match[1] : '@tickets/widgets';
}

/** The files' text, split by the package each stretch of it came from (read from their source maps). */
function textByPackage() {
  const parts = new Map();
  for (const name of files) {
    const file = join(dist, name);
    let map;
    try {
      map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    } catch {
      continue;
    }
    addParts(parts, readFileSync(file, 'utf8'), map);
  }
  return parts.size > 0 ? parts : null;
}

function addParts(parts, code, map) {
  const add = (name, text) => parts.set(name, (parts.get(name) ?? '') + text);
  const lines = code.split('\n');
  // Each segment: [generated column, source index, …], absolute once decoded.
  decode(map.mappings).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let owner = '(no source)';
    let start = 0;
    for (const segment of segments) {
      add(owner, line.slice(start, segment[0]));
      owner = segment.length > 1 ? packageOf(map.sources[segment[1]] ?? '') : '(no source)';
      start = segment[0];
    }
    add(owner, `${line.slice(start)}\n`);
  });
}

// Each file travels compressed on its own: the total is the sum of their gzip sizes.
const codes = files.map((name) => readFileSync(join(dist, name), 'utf8'));
const total = codes.reduce((sum, code) => sum + gzip(code), 0);
const minified = codes.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
console.log(`The core (${files.join(', ')}): ${kb(minified)} minified, ${kb(total)} gzip; budget ${BUDGET_KB} KB gzip, no playground in it.`);
const parts = textByPackage();
if (parts) {
  const rows = [...parts].map(([name, text]) => ({ name, bytes: Buffer.byteLength(text), gzip: gzip(text) })).sort((a, b) => b.gzip - a.gzip);
  console.log('Made of (each part gzipped alone, so the parts add up to a little more than the whole):');
  for (const row of rows.filter((row) => row.bytes > 200)) console.log(`  ${row.name.padEnd(28)} ${kb(row.bytes).padStart(9)} minified ${kb(row.gzip).padStart(8)} gzip`);
}
const playgrounds = parts ? [...parts.keys()].filter((name) => name.startsWith('playground of ')) : [];
if (playgrounds.length > 0) {
  console.error(`CARRIES ${playgrounds.join(', ')}: playgrounds load at run time from the API's manifest, never with the core.`);
  if (process.argv.includes('--enforce')) process.exit(1);
}
const excluded = parts ? EXCLUDED_PACKAGES.filter((name) => parts.has(name)) : [];
if (excluded.length > 0) {
  console.error(`CARRIES ${excluded.join(', ')}: a domain value the widgets import builds a zod schema (see the README's "Bundle size").`);
  if (process.argv.includes('--enforce')) process.exit(1);
}
// Catalogs are compiled at build time (@tickets/plugin-kit/build/icu-catalogs): the ICU parser (its
// number-skeleton half is a package of its own) must not come with them; its no-parser entry is 0.2 KB.
if (parts?.has('@formatjs/icu-skeleton-parser') || (parts?.get('@formatjs/icu-messageformat-parser')?.length ?? 0) > 2000) {
  console.error("CARRIES the ICU message parser: a catalog was not compiled, or the bundle lost the parser alias (see the README's \"Languages\").");
  if (process.argv.includes('--enforce')) process.exit(1);
}
if (total > BUDGET_KB * 1000) {
  console.error(`OVER THE BUDGET by ${kb(total - BUDGET_KB * 1000)} (see the README's "Bundle size").`);
  if (process.argv.includes('--enforce')) process.exit(1);
  process.exit(0);
}
console.log('Within the budget.');
