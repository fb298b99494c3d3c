// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) behind its socket server, so the
// API talks to it through the ordinary postgres driver — one code path for embedded and real
// PostgreSQL. PGlite runs one query at a time: the ORM pool must hold a single connection.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Starts PGlite with its data in `dataDir` (or in memory when null) on a free loopback port. */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    claimDataDir(dataDir);
  }
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 1 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
      if (dataDir) rmSync(lockFileOf(dataDir), { force: true });
    },
  };
}

function lockFileOf(dataDir: string): string {
  return `${dataDir}.pid`;
}

/**
 * PGlite's files may be opened by one process only; a second one (another `pnpm start`, or
 * `pnpm api-key` while the server runs) would corrupt them. The pid file says who has them.
 */
function claimDataDir(dataDir: string): void {
  const lockFile = lockFileOf(dataDir);
  let holder: number | null;
  try {
    holder = Number(readFileSync(lockFile, 'utf8').trim()) || null;
  } catch {
    holder = null;
  }
  if (holder !== null && holder !== process.pid && isRunning(holder)) {
    throw new Error(`The embedded database in ${dataDir} is in use by process ${holder} (a running \`pnpm start\`?). Stop it first, or set DATABASE_URL to use a PostgreSQL server.`);
  }
  writeFileSync(lockFile, String(process.pid));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}
