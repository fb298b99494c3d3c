import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import { NamespaceRow } from '../../db/rows/namespaces-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { StatusCatalog } from './status-catalog.js';

const CatalogVersionRow = NamespaceRow.pick({ catalog_version: true });

/**
 * The namespace's catalog as it is now, for a read that needs it before its own query (a list's
 * filters name statuses and categories): the version in one small query, the catalog from the
 * process's cache while that version holds.
 */
export async function currentCatalog(em: EntityManager, namespaceId: number): Promise<StatusCatalog> {
  const { catalog_version: version } = await sqlOf(em).one(sql`select catalog_version from namespaces where id = ${namespaceId}`, CatalogVersionRow);
  return StatusCatalog.atVersion(em, namespaceId, version);
}
