import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { PluginDirectory } from '@tickets/plugin-kit/server';
import type { Logger } from 'pino';
import type { TokenKey } from '../auth/token-key.js';
import type { Config } from '../config.js';
import type { Directory } from '../directory/directory.js';
import { SqlDirectory } from '../directory/sql-directory.js';
import { SqlPluginDirectory } from '../directory/sql-plugin-directory.js';
import { viewerCacheOf } from '../directory/viewer-cache.js';
import type { LogFeed } from '../modules/live/log-feed.js';
import type { LogTail } from '../modules/live/log-tail.js';
import type { PresenceBoard } from '../modules/live/presence-board.js';
import type { PendingMailWriter } from '../modules/mail/pending-mail-writer.js';
import type { StatusMigrationQueue } from '../modules/status-migrations/status-migration-queue.js';
import type { TicketTypeRegistry } from '../modules/ticket-types/ticket-type-registry.js';

/** What lives as long as the server: shared by every request. */
export interface AppServices {
  orm: MikroORM;
  config: Config;
  tokenKey: TokenKey;
  logger: Logger;
  /** The namespace this deployment serves (one per host site). */
  namespace: { id: number; key: string };
  /** The ticket types this deployment serves. */
  ticketTypes: TicketTypeRegistry;
  /** Carries out status migrations (tickets on removed statuses) in the background. */
  statusMigrations: StatusMigrationQueue;
  /** Wakes ticket subscriptions when their ticket gets a log entry, from any instance (`tickets.events`). */
  liveFeed: LogFeed;
  /** Tells open lists which tickets changed, from any instance (`tickets.listEvents`). */
  liveTail: LogTail;
  /** Who has a ticket open or writes a comment on it, across instances, never stored beyond that. */
  presence: PresenceBoard;
  /** Writes the mails of committed changes into the outbox; a change wakes it once it commits (set once mail delivery starts). */
  mailWriter?: PendingMailWriter;
  /** The server's own address once it listens (links in mails fall back to it when PUBLIC_URL is unset). */
  publicUrl?: string;
  /** How the directory is reached for one request; a host site may plug in its own. */
  directoryFor?: (em: EntityManager) => Directory;
  /** The directory as plugins' actions change it (persons, accounts); a host site may plug in its own. */
  pluginDirectoryFor?: (em: EntityManager) => PluginDirectory;
}

/** The directory reached through this EntityManager (inside a transaction: through the transaction). */
export function directoryFor(services: AppServices, em: EntityManager): Directory {
  return services.directoryFor ? services.directoryFor(em) : new SqlDirectory(em, services.ticketTypes.principalKinds);
}

/**
 * The directory plugins act on, bound to this EntityManager (a transaction's, for actions). A user
 * it anonymizes is forgotten by the viewer cache at once and again when the transaction ends
 * (`runTicketMutation` settles it), so their tokens stop working right away.
 */
export function pluginDirectoryFor(services: AppServices, em: EntityManager): PluginDirectory {
  if (services.pluginDirectoryFor) return services.pluginDirectoryFor(em);
  return new SqlPluginDirectory(em, { onUserAnonymized: (userId) => viewerCacheOf(services).forgetDuring(em, userId) });
}
