// Assembles the API: database (real or embedded), migrations, directory seed, HTTP server.
// `apps/api`'s `main.ts` runs it; tests call `startApi` with their own database.
import { LogFeed } from './modules/live/log-feed.js';
import { LogTail } from './modules/live/log-tail.js';
import { PresenceBoard } from './modules/live/presence-board.js';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { sql } from '@tickets/sql';
import { pino, type Logger } from 'pino';
import { loadTokenKey } from './auth/token-key.js';
import { allowedOrigins, type Config } from './config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './db/embedded-postgres.js';
import { ormConfig } from './db/orm-config.js';
import { NamespaceRow } from './db/rows/namespaces-row.js';
import { sqlOf } from './db/sql-client.js';
import { createHttpServer, type Route } from './http/server.js';
import { embedMounts } from './embed/embed-assets.js';
import { staticFilesRoute, type StaticMount } from './http/static-files.js';
import { startMailDelivery, type MailDelivery } from './modules/mail/mail-delivery.js';
import { startStatusMigrationQueue, type StatusMigrationQueue } from './modules/status-migrations/status-migration-queue.js';
import { seedDemoDirectory } from './seed/seed-demo.js';
import { DEMO_NAMESPACE } from './seed/demo-directory.js';
import { type AppServices, directoryFor } from './request/app-services.js';
import { TicketTypeRegistry, type TicketTypePlugin } from './modules/ticket-types/ticket-type-registry.js';

export interface RunningApi {
  services: AppServices;
  server: Server;
  url: string;
  embedded: boolean;
  seeded: boolean;
  /** The mail outbox worker and, for `pnpm start` without SMTP_URL, the local mail catcher. */
  mail: MailDelivery;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger?: Logger;
  routes?: Route[];
  onQuery?: (sql: string) => void;
  /** The ticket types to serve (plugins). */
  ticketTypes?: readonly TicketTypePlugin[];
  /** Without SMTP_URL, run a local mail catcher (shown at /dev/mails) and send there: for `pnpm start`. */
  mailCatcher?: boolean;
  /** Folders of files to serve to host pages, e.g. the widgets' embed at `/assets/` (see `staticFilesRoute`). */
  assets?: readonly StaticMount[];
  /**
   * Serve the embed at `/assets/tickets/` (see `embedMounts`): the widgets' build in `widgetsDir`
   * (the @tickets/widgets package's dist/) and the playground modules of `ticketTypes`.
   */
  embed?: { widgetsDir: string };
}

export async function startApi({ config, logger = pino({ level: config.LOG_LEVEL }), routes = [], onQuery, ticketTypes = [], mailCatcher = false, assets: extraAssets = [], embed }: StartOptions): Promise<RunningApi> {
  // Before anything starts: unbuilt widgets stop here, saying what to build.
  const assets = [...(embed ? embedMounts(embed.widgetsDir, ticketTypes) : []), ...extraAssets];
  // A broken plugin stops the server here, before anything starts, with a message naming it.
  const registry = new TicketTypeRegistry(ticketTypes);
  let embedded: EmbeddedPostgres | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    const dataDir = join(config.TICKETS_DATA_DIR, 'pglite');
    logger.info({ dataDir }, 'No DATABASE_URL: starting embedded PostgreSQL (PGlite)');
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
  }
  const orm = await MikroORM.init(ormConfig({ url, poolSize: embedded ? 1 : 10, extraMigrations: registry.migrations(), ...(onQuery ? { onQuery } : {}) }));
  let mail: MailDelivery | null = null;
  let statusMigrations: StatusMigrationQueue | null = null;
  try {
    const applied = await orm.migrator.up();
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'Applied migrations');
    const em = orm.em.fork();
    const seed = config.SEED_DEMO ? config.SEED_DEMO === 'true' : embedded !== null;
    const seeded = seed ? await seedDemoDirectory(em) : false;
    const namespace = await ensureNamespace(orm, config.NAMESPACE);
    statusMigrations = await startStatusMigrationQueue(orm, {
      batchSize: config.STATUS_MIGRATION_BATCH_SIZE,
      targetBatchMs: config.STATUS_MIGRATION_BATCH_MS,
      work: config.STATUS_MIGRATION_WORKER === 'true',
      logger,
    });
    const liveFeed = new LogFeed(orm, (em, userIds) => directoryFor(services, em).viewers(userIds), config.LIVE_POLL_MS, (error) => logger.warn({ err: error }, 'The live ticket feed could not read the log; it tries again'));
    const liveTail = new LogTail(orm, config.LIVE_POLL_MS, (error) => logger.warn({ err: error }, 'The live list feed could not read the log; it tries again'));
    const presence = new PresenceBoard(orm, config.LIVE_PRESENCE_TTL_MS, (error) => logger.warn({ err: error }, 'Presence on tickets could not be written; it tries again'));
    const services: AppServices = { orm, config, tokenKey: await loadTokenKey(config), logger, namespace, ticketTypes: registry, statusMigrations, liveFeed, liveTail, presence };
    mail = await startMailDelivery(services, { catcher: mailCatcher });
    services.mailWriter = mail.writer;
    const server = createHttpServer(services, [...mail.routes, ...(assets.length > 0 ? [staticFilesRoute(assets, { origins: allowedOrigins(config) })] : []), ...routes]);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, resolve);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    services.publicUrl = `http://${config.HOST}:${port}`;
    // Mails link to the server's own address when PUBLIC_URL is unset: write them once it is known.
    mail.writer.start();
    const delivery = mail;
    const migrations = statusMigrations;
    const stop = async () => {
      // Open subscriptions end first, so closing the server does not wait for them.
      liveFeed.stop();
      liveTail.stop();
      await presence.stop();
      await delivery.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await migrations.stop();
      await orm.close();
      await embedded?.stop();
    };
    return { services, server, url: `http://${config.HOST}:${port}`, embedded: embedded !== null, seeded, mail: delivery, stop };
  } catch (error) {
    await mail?.stop();
    await statusMigrations?.stop();
    await orm.close();
    await embedded?.stop();
    throw error;
  }
}

const NamespaceIdRow = NamespaceRow.pick({ id: true });

async function ensureNamespace(orm: MikroORM, key: string): Promise<{ id: number; key: string }> {
  const em = orm.em.fork();
  const name = key === DEMO_NAMESPACE.key ? DEMO_NAMESPACE.name : key;
  const db = sqlOf(em);
  await db.run(sql`insert into namespaces (key, name) values (${key}, ${name}) on conflict (key) do nothing`);
  const row = await db.maybeOne(sql`select id from namespaces where key = ${key}`, NamespaceIdRow);
  if (!row) throw new Error(`Namespace '${key}' could not be created.`);
  return { id: row.id, key };
}
