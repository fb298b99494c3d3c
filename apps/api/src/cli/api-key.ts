// `pnpm api-key create <name>` / `revoke <id|prefix>` / `list`: the keys host sites call the intake
// endpoint with. Works on DATABASE_URL, or on the embedded database when the server is not running
// (PGlite allows one process at a time).
import { MikroORM } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres.js';
import { ormConfig } from '../db/orm-config.js';
import { type ApiKeyInfo, createApiKey, listApiKeys, revokeApiKey } from '../modules/intake/api-key-store.js';

const USAGE = `Usage:
  pnpm api-key create <name>        a new key for a host site (shown once; only its hash is stored)
  pnpm api-key revoke <id|prefix>   refuse requests with that key from now on
  pnpm api-key list                 every key: id, prefix, name, created, last used, revoked`;

const [command, ...rest] = process.argv.slice(2);
const argument = rest.join(' ').trim();
if (!command || !['create', 'revoke', 'list'].includes(command) || (command !== 'list' && !argument)) {
  console.error(USAGE);
  process.exit(2);
}

function row(key: ApiKeyInfo): string {
  const state = key.revokedAt ? `revoked ${key.revokedAt}` : `active, last used ${key.lastUsedAt ?? 'never'}`;
  return `#${key.id}  ${key.prefix}  ${key.name}  (created ${key.createdAt}; ${state})`;
}

const config = loadConfig();
let embedded: EmbeddedPostgres | null = null;
let orm: MikroORM | null = null;
try {
  embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(join(config.TICKETS_DATA_DIR, 'pglite'));
  orm = await MikroORM.init(ormConfig({ url: config.DATABASE_URL ?? embedded!.url, poolSize: 1 }));
  const em = orm.em.fork();
  const [table] = await em.execute<{ exists: string | null }[]>(`select to_regclass('api_keys')::text as exists`);
  if (!table?.exists) throw new Error('This database has no api_keys table yet: start the API once (pnpm start) so it applies its migrations.');
  if (command === 'create') {
    const key = await createApiKey(em, argument);
    // The key alone on stdout (KEY=$(pnpm -s api-key create …)); the explanation on stderr.
    console.error(`Created API key #${key.id} ${key.prefix} for '${key.name}'. Give this key to the host site; it is not shown again. Revoke it with: pnpm api-key revoke ${key.prefix}`);
    console.log(key.key);
  } else if (command === 'revoke') {
    console.log(`Revoked: ${row(await revokeApiKey(em, argument))}`);
  } else {
    const keys = await listApiKeys(em);
    console.log(keys.length ? keys.map(row).join('\n') : 'No API keys yet. Create one with: pnpm api-key create <name>');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await orm?.close();
  await embedded?.stop();
}
