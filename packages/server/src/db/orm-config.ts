import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { fileURLToPath } from 'node:url';
import { CORE_ENTITIES } from './entities.js';
import { CORE_MIGRATIONS } from './migrations/index.js';

export interface OrmOptions {
  /** A postgres:// URL: the real server, or the embedded PGlite socket. */
  url: string;
  /** Connections in the pool; 1 for PGlite, which runs one query at a time. */
  poolSize?: number;
  /** Entities and migrations contributed by ticket-type plugins. */
  extraEntities?: EntitySchema[];
  extraMigrations?: MigrationObject[];
  /** Called with every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
}

export function ormConfig(options: OrmOptions) {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: options.url,
    entities: [...CORE_ENTITIES, ...(options.extraEntities ?? [])],
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: fileURLToPath(new URL('./migrations', import.meta.url)),
      migrationsList: [...CORE_MIGRATIONS, ...(options.extraMigrations ?? [])],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    pool: { min: 0, max: options.poolSize ?? 10 },
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery?.(message) : () => undefined,
  });
}
