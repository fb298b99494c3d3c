import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@tickets/domain';
import { LRUCache } from 'lru-cache';
import type { AppServices } from '../request/app-services.js';

/** Tokens whose viewer a process keeps at most: beyond it the least recently used is dropped. */
export const VIEWER_CACHE_SIZE = 10_000;

/**
 * The viewer (the user, whether a site admin, and every group they belong to) read once per token,
 * not once per request: a bounded LRU cache (`lru-cache`) keyed by the token, each entry living no
 * longer than the token itself. A token found here was verified when its viewer was kept, and the
 * entry ends at its `exp`: the same text would verify the same way, so it is not verified again
 * (`kept`), and both the signature check and the directory read are saved.
 *
 * Staleness, by design: a change to a user's groups, name or admin flag applies from their next
 * token (the host site issues one per page load, at most TOKEN_MAX_LIFETIME_SECONDS apart). An
 * anonymized user is the exception: anonymizing them in this process drops their entries at once
 * and again when the anonymizing transaction ends, and nothing is kept for them in between, so the
 * very next request with an old token is refused (`forgetDuring`).
 */
export class ViewerCache {
  private readonly viewers = new LRUCache<string, Viewer>({ max: VIEWER_CACHE_SIZE });
  /** Users being forgotten by a transaction still open: nothing is kept for them until it ends. */
  private readonly held = new Map<number, number>();
  private readonly heldBy = new WeakMap<EntityManager, number[]>();
  /** Bumped by every forget, so a read that began before it keeps nothing (it may have read the old row). */
  private generation = 0;

  /** The viewer kept for this exact token (verified when kept, not yet expired), if any. */
  kept(token: string): Viewer | undefined {
    return this.viewers.get(token);
  }

  /**
   * The viewer behind a verified token: kept from an earlier request with the same token, or read
   * now with `read` and kept until the token expires (`expiresAtMs`). An unknown user is not kept.
   */
  async viewerFor(token: string, expiresAtMs: number, read: () => Promise<Viewer | null>): Promise<Viewer | null> {
    const kept = this.viewers.get(token);
    if (kept) return kept;
    const generation = this.generation;
    const viewer = await read();
    const ttl = Math.floor(expiresAtMs - Date.now());
    if (viewer && ttl > 0 && generation === this.generation && !this.held.has(viewer.userId)) this.viewers.set(token, viewer, { ttl });
    return viewer;
  }

  /** Drops every token's entry of this user. */
  forget(userId: number): void {
    this.generation += 1;
    for (const [token, viewer] of this.viewers.entries()) if (viewer.userId === userId) this.viewers.delete(token);
  }

  /**
   * Drops the user's entries now, keeps none while transaction `tx` is open (a request would read
   * the row as it was before `tx` commits), and drops them again once `settle(tx)` says it ended.
   */
  forgetDuring(tx: EntityManager, userId: number): void {
    this.held.set(userId, (this.held.get(userId) ?? 0) + 1);
    this.heldBy.set(tx, [...(this.heldBy.get(tx) ?? []), userId]);
    this.forget(userId);
  }

  /** Transaction `tx` committed or rolled back: the users it forgot may be kept again, from a fresh read. */
  settle(tx: EntityManager): void {
    const users = this.heldBy.get(tx);
    if (!users) return;
    this.heldBy.delete(tx);
    for (const userId of users) {
      const count = (this.held.get(userId) ?? 1) - 1;
      if (count > 0) this.held.set(userId, count);
      else this.held.delete(userId);
      this.forget(userId);
    }
  }
}

/*
 * One cache per running API (its services object): tokens of two APIs in one process (tests) may be
 * the same text for users of two different databases.
 */
const caches = new WeakMap<AppServices, ViewerCache>();

export function viewerCacheOf(services: AppServices): ViewerCache {
  let cache = caches.get(services);
  if (!cache) {
    cache = new ViewerCache();
    caches.set(services, cache);
  }
  return cache;
}
