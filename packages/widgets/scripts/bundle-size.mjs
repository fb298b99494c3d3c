#!/usr/bin/env node
// Prints the gzip size of the widgets bundle (dist/tickets-widgets.js, built by `vite build`) and
// what it is made of, and says whether it is within the budget (issue: 90 KB gzip, React included).
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

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'tickets-widgets.js');
let code;
try {
  code = readFileSync(file, 'utf8');
} catch {
  console.error(`No bundle at ${file}: run \`pnpm build\` first.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const gzip = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/** The package a source file belongs to (`react-dom`, `@tanstack/query-core`), or the widgets' own code. */
function packageOf(source) {
  const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return match ? match[1] : '@tickets/widgets';
}

/** The bundle's text, split by the package each stretch of it came from (read from the source map). */
function textByPackage() {
  let map;
  try {
    map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  } catch {
    return null;
  }
  const parts = new Map();
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
  return parts;
}

const total = gzip(code);
console.log(`dist/tickets-widgets.js: ${kb(Buffer.byteLength(code))} minified, ${kb(total)} gzip; budget ${BUDGET_KB} KB gzip.`);
const parts = textByPackage();
if (parts) {
  const rows = [...parts].map(([name, text]) => ({ name, bytes: Buffer.byteLength(text), gzip: gzip(text) })).sort((a, b) => b.gzip - a.gzip);
  console.log('Made of (each part gzipped alone, so the parts add up to a little more than the whole):');
  for (const row of rows.filter((row) => row.bytes > 200)) console.log(`  ${row.name.padEnd(28)} ${kb(row.bytes).padStart(9)} minified ${kb(row.gzip).padStart(8)} gzip`);
}
const excluded = parts ? EXCLUDED_PACKAGES.filter((name) => parts.has(name)) : [];
if (excluded.length > 0) {
  console.error(`CARRIES ${excluded.join(', ')}: a domain value the widgets import builds a zod schema (see the README's "Bundle size").`);
  if (process.argv.includes('--enforce')) process.exit(1);
}
if (total > BUDGET_KB * 1000) {
  console.error(`OVER THE BUDGET by ${kb(total - BUDGET_KB * 1000)} (see the README's "Bundle size").`);
  if (process.argv.includes('--enforce')) process.exit(1);
  process.exit(0);
}
console.log('Within the budget.');
