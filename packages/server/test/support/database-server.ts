// Where the tests' databases live: the PostgreSQL server of DATABASE_URL (CI sets it), or the
// local default. Each test file gets a database of its own, copied from a migrated template.
import pg from 'pg';

export const TEST_SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tickets_test';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  // The maintenance database: CREATE DATABASE works whether or not the named one exists yet.
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The tests need PostgreSQL at ${TEST_SERVER_URL} (${error instanceof Error ? error.message : error}). ` +
        'Start it, or set DATABASE_URL; `.ci/run` starts it and creates the database.',
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
