import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Directory } from '../directory/directory.js';
import { type AppServices, directoryFor } from './app-services.js';

/**
 * What one request works with, whichever entrance it came through (tRPC, intake): the server's
 * services and its own EntityManager fork, never the global one.
 */
export interface RequestContext {
  services: AppServices;
  em: EntityManager;
  directory: Directory;
  log: Logger;
  /** The languages the reader wants, most wanted first (`Accept-Language`); answers name types, actions and statuses in the best one the server has. */
  languages: readonly string[];
}

export function openRequestContext(services: AppServices, requestId: string, languages: readonly string[] = []): RequestContext {
  const em = services.orm.em.fork() as EntityManager;
  return { services, em, directory: directoryFor(services, em), log: services.logger.child({ requestId }), languages };
}
