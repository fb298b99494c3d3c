import type { EntityManager } from '@mikro-orm/postgresql';
import type { StatusCatalog } from './status-catalog.js';

/**
 * The status catalogs this process has loaded, one per namespace, each with the
 * `namespaces.catalog_version` it was loaded at. A write reads the version with its ticket (after the
 * catalog lock) and takes the catalog from here when the versions agree: triggers bump the version
 * with every change to the catalog's tables, whichever process made it, so an equal version means
 * an equal catalog. A catalog is kept until a newer version replaces it; there is one per namespace.
 */
export class CatalogCache {
  private readonly byNamespace = new Map<number, { version: number; catalog: StatusCatalog }>();

  get(namespaceId: number, version: number): StatusCatalog | undefined {
    const entry = this.byNamespace.get(namespaceId);
    return entry?.version === version ? entry.catalog : undefined;
  }

  /** Keeps a catalog loaded at `version`, unless a newer one is already kept (two loads racing). */
  keep(namespaceId: number, version: number, catalog: StatusCatalog): void {
    const entry = this.byNamespace.get(namespaceId);
    if (entry && entry.version > version) return;
    this.byNamespace.set(namespaceId, { version, catalog });
  }
}

/*
 * One cache per database connection pool (the ORM's driver, shared by every fork of its entity
 * manager): namespace ids and versions are those of one database, and a process may talk to several
 * (tests start an API per database).
 */
const caches = new WeakMap<object, CatalogCache>();

export function catalogCacheOf(em: EntityManager): CatalogCache {
  const driver = em.getDriver();
  let cache = caches.get(driver);
  if (!cache) {
    cache = new CatalogCache();
    caches.set(driver, cache);
  }
  return cache;
}
