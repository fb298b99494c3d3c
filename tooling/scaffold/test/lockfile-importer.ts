// `pnpm install --offline` can install only what the lockfile already resolved: a new workspace
// package's dependencies would need the registry's metadata to be resolved, even when every one of
// them is installed for the other plugins. This writes the new package's lockfile entry from those
// other plugins' entries (same name and specifier, same resolved version), so the install that
// follows needs no registry, as on a machine with only the store.

/** A package's dependency lists, as its package.json has them. */
export interface Manifest {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

const KINDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

const unquote = (token: string) => token.replace(/^'(.*)'$/, '$1');
// pnpm rewrites the file in its own style when it installs; quoted is valid YAML for every name and specifier.
const quoted = (token: string) => `'${token}'`;

function importersSection(lockfile: string): { start: number; end: number } {
  const start = lockfile.indexOf('\nimporters:\n');
  const end = lockfile.indexOf('\npackages:\n');
  if (start < 0 || end < start) throw new Error('The lockfile has no importers section.');
  return { start: start + '\nimporters:\n'.length, end };
}

/** Every version the lockfile resolved for a dependency of an importer under `folder`, by name and specifier. */
function resolvedVersions(lockfile: string, folder: string): Map<string, string> {
  const { start, end } = importersSection(lockfile);
  const versions = new Map<string, string>();
  let importer = '';
  let name = '';
  let specifier = '';
  for (const line of lockfile.slice(start, end).split('\n')) {
    const at = /^( *)(.*)$/.exec(line)!;
    const depth = at[1]!.length;
    const text = at[2]!;
    if (depth === 2) importer = text.replace(/:$/, '');
    else if (depth === 6) name = unquote(text.replace(/:$/, ''));
    else if (depth === 8 && text.startsWith('specifier: ')) specifier = unquote(text.slice('specifier: '.length));
    else if (depth === 8 && text.startsWith('version: ') && importer.startsWith(`${folder}/`)) versions.set(`${name} ${specifier}`, text.slice('version: '.length));
  }
  return versions;
}

/**
 * The lockfile with an entry for the importer `path` (e.g. `plugins/contact-wst`), each of its
 * dependencies resolved as another importer in the same folder has it. Throws naming a dependency
 * no other importer there has: that one needs the registry.
 */
export function withImporter(lockfile: string, path: string, manifest: Manifest): string {
  const folder = path.slice(0, path.lastIndexOf('/'));
  const versions = resolvedVersions(lockfile, folder);
  const lines = [`  ${path}:`];
  for (const kind of KINDS) {
    const entries = Object.entries(manifest[kind] ?? {}).sort(([a], [b]) => a.localeCompare(b));
    if (entries.length === 0) continue;
    lines.push(`    ${kind}:`);
    for (const [name, specifier] of entries) {
      const version = versions.get(`${name} ${specifier}`);
      if (version === undefined) throw new Error(`No package in ${folder}/ depends on ${name}@${specifier}; installing it needs the registry.`);
      lines.push(`      ${quoted(name)}:`, `        specifier: ${quoted(specifier)}`, `        version: ${version}`);
    }
  }
  const { end } = importersSection(lockfile);
  return `${lockfile.slice(0, end)}\n${lines.join('\n')}\n${lockfile.slice(end)}`;
}
