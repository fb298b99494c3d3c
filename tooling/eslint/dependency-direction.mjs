// `pnpm lint` runs this: dependencies point inward (apps → plugins/widgets → domain), so no package
// under packages/ or plugins/ may name an app (a package under apps/) in any of its dependency lists.
// The import rule in index.js (`tickets/no-app-imports`) catches the same lean in source files.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LISTS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function manifests(folder) {
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'package.json')))
    .map((entry) => ({ path: `${folder}/${entry.name}/package.json`, json: JSON.parse(readFileSync(join(dir, entry.name, 'package.json'), 'utf8')) }));
}

export const APP_PACKAGES = manifests('apps').map((app) => app.json.name);

export function appDependencies() {
  const found = [];
  for (const { path, json } of [...manifests('packages'), ...manifests('plugins')]) {
    for (const list of LISTS) {
      for (const name of Object.keys(json[list] ?? {})) {
        if (APP_PACKAGES.includes(name)) found.push(`${path} names the app ${name} in ${list}`);
      }
    }
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = appDependencies();
  if (found.length) {
    console.error(`Packages must not depend on apps (see docs/architecture.md); move what they need into a package:\n  ${found.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Dependency direction holds: no package under packages/ or plugins/ names an app (${APP_PACKAGES.join(', ')}).`);
}
