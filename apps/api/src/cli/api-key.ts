#!/usr/bin/env node
// `pnpm api-key create <name>` / `revoke <id|prefix>` / `list`: the keys host sites call the intake
// endpoint with (the server's `openApiKeyAdmin` says which database it opens).
import { type ApiKeyInfo, loadConfig, openApiKeyAdmin } from '@tickets/server';

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

let admin;
try {
  admin = await openApiKeyAdmin(loadConfig());
  if (command === 'create') {
    const key = await admin.create(argument);
    // The key alone on stdout (KEY=$(pnpm -s api-key create …)); the explanation on stderr.
    console.error(`Created API key #${key.id} ${key.prefix} for '${key.name}'. Give this key to the host site; it is not shown again. Revoke it with: pnpm api-key revoke ${key.prefix}`);
    console.log(key.key);
  } else if (command === 'revoke') {
    console.log(`Revoked: ${row(await admin.revoke(argument))}`);
  } else {
    const keys = await admin.list();
    console.log(keys.length ? keys.map(row).join('\n') : 'No API keys yet. Create one with: pnpm api-key create <name>');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await admin?.close();
}
