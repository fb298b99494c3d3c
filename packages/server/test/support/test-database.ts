import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { databaseUrl, onServer } from './database-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database each test file copies (empty on PGlite). */
    templateDatabase: string;
  }
}

/**
 * `TEST_DATABASE=pglite` runs the suite on the embedded database instead of PostgreSQL (the API's
 * default for `pnpm start`). Tests whose subject is concurrency skip themselves there: PGlite runs
 * one query at a time.
 */
export const ON_PGLITE = process.env.TEST_DATABASE === 'pglite';

export interface TestDatabase {
  /** The environment that points the API at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (ON_PGLITE) {
    const dir = mkdtempSync(join(tmpdir(), 'tickets-pglite-'));
    return { env: { TICKETS_DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `tickets_test_${randomBytes(5).toString('hex')}`;
  const template = inject('templateDatabase');
  await onServer((client) => client.query(`create database ${name} template ${template}`));
  return {
    env: { DATABASE_URL: databaseUrl(name) },
    drop: () => onServer((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
