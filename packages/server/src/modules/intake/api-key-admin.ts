// The intake keys as an operator manages them from a shell (`pnpm api-key …`): on DATABASE_URL, or on
// the embedded database when the server is not running (PGlite allows one process at a time).
import { MikroORM } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import { join } from 'node:path';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../db/embedded-postgres.js';
import { ormConfig } from '../../db/orm-config.js';
import { sqlOf } from '../../db/sql-client.js';
import { type ApiKeyInfo, createApiKey, listApiKeys, revokeApiKey } from './api-key-store.js';

const RegclassRow = z.object({ exists: z.string().nullable() });

export interface ApiKeyAdmin {
  create(name: string): Promise<ApiKeyInfo & { key: string }>;
  revoke(idOrPrefix: string): Promise<ApiKeyInfo>;
  list(): Promise<ApiKeyInfo[]>;
  close(): Promise<void>;
}

export async function openApiKeyAdmin(config: Config): Promise<ApiKeyAdmin> {
  let embedded: EmbeddedPostgres | null = null;
  let orm: MikroORM | null = null;
  const close = async () => {
    await orm?.close();
    await embedded?.stop();
  };
  try {
    embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(join(config.TICKETS_DATA_DIR, 'pglite'));
    orm = await MikroORM.init(ormConfig({ url: config.DATABASE_URL ?? embedded!.url, poolSize: 1 }));
    const em = orm.em.fork();
    const table = await sqlOf(em).one(sql`select to_regclass('api_keys')::text as exists`, RegclassRow);
    if (!table.exists) throw new Error('This database has no api_keys table yet: start the API once (pnpm start) so it applies its migrations.');
    return { create: (name) => createApiKey(em, name), revoke: (key) => revokeApiKey(em, key), list: () => listApiKeys(em), close };
  } catch (error) {
    await close();
    throw error;
  }
}
