#!/usr/bin/env node
// `pnpm new:ticket-type <name> [--team WST] [--title "Contact the software team"] [--no-install]`
// Creates plugins/<name>: a ticket-type package that builds, passes its own tests (unit and against
// the whole API), and registers it in tickets.config.json and the root package.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { files } from './template.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

function fail(message) {
  console.error(`new:ticket-type: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (flag, fallback) => {
  const at = args.indexOf(flag);
  if (at === -1) return fallback;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) fail(`${flag} needs a value.`);
  args.splice(at, 2);
  return value;
};
const team = option('--team', 'WST');
const titleOption = option('--title', undefined);
const install = !args.includes('--no-install');
const name = args.find((arg) => !arg.startsWith('--'));

if (!name) fail('Usage: pnpm new:ticket-type <name> [--team WST] [--title "…"] [--no-install]  (name: lower-case, e.g. contact-wst)');
if (!/^[a-z][a-z0-9-]{1,40}$/.test(name)) fail(`'${name}' is not a ticket type key: use lower-case letters, digits and dashes, e.g. contact-wst.`);
if (!/^[A-Za-z][A-Za-z0-9-]{0,31}$/.test(team)) fail(`'${team}' is not a group name (e.g. WST, WRT).`);
const dir = join(root, 'plugins', name);
if (existsSync(dir)) fail(`plugins/${name} already exists; choose another name.`);

const title = titleOption ?? name.split('-').map((word, i) => (i === 0 ? word[0].toUpperCase() + word.slice(1) : word)).join(' ');
const context = { name, title, team, table: `tickets_${name.replaceAll('-', '_')}`, packageName: `@tickets/plugin-${name}` };

for (const [path, content] of Object.entries(files(context))) {
  const target = join(dir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

// Register it: the deployment serves it, and the root package depends on it.
const configFile = join(root, 'tickets.config.json');
const config = JSON.parse(readFileSync(configFile, 'utf8'));
config.ticketTypes = [...new Set([...(config.ticketTypes ?? []), context.packageName])];
writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
const rootPackageFile = join(root, 'package.json');
const rootPackage = JSON.parse(readFileSync(rootPackageFile, 'utf8'));
rootPackage.dependencies = Object.fromEntries(Object.entries({ ...rootPackage.dependencies, [context.packageName]: 'workspace:*' }).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(rootPackageFile, `${JSON.stringify(rootPackage, null, 2)}\n`);

console.log(`Created plugins/${name} (${context.packageName}) and registered it in tickets.config.json.`);
if (install) {
  execFileSync('pnpm', ['install'], { cwd: root, stdio: 'inherit' });
}
console.log(`
Next:
  cd plugins/${name} && pnpm test
                       # its unit tests and its tests against the whole API (needs PostgreSQL); nothing to build first
  pnpm start           # the API now serves type '${name}'
  pnpm storybook       # its playground's stories, next to the widgets'
Then read docs/ticket-types.md to shape its metadata, lifecycle and actions.`);
