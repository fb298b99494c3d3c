import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { sqlOf } from '../../db/sql-client.js';
import { PollingLoop } from './polling-loop.js';
import { presentOn } from './presence-board.js';
import { readWakeRound, type WakeReads } from './wake-round.js';

/** Stands for "its subscriptions saw different people": no digest is ever this, so the ticket always comes back. */
const ANY_PRESENCE = '*';

const LatestRow = z.object({ ticket_id: z.number(), id: z.number().nullable(), presence: z.string() });

/** What a subscription last saw of its ticket: it wakes when either differs. */
export interface SeenState {
  /** The ticket's latest log entry it has seen. */
  afterId: number;
  /** Who was present, as `presenceDigest` wrote it. */
  presence: string;
}

/** The same text for the same people and activities, whichever instance reads it. */
export function presenceDigest(people: ReadonlyArray<{ userId: number; activity: string }>): string {
  return people.map((person) => `${person.userId}:${person.activity}`).join(',');
}

/** Why a subscription woke: its ticket moved on or its people changed, with what the poll read for it. */
export interface Wake extends WakeReads {
  /** Who is present now, as `presenceDigest` writes it. */
  presence: string;
}

interface Waiter extends SeenState {
  ticketId: number;
  userId: number;
  /** With what the poll read; without, when woken by the clock, the signal or a stop. */
  wake(woke?: Wake): void;
}

/** The directory's viewers, read through this EntityManager (`Directory.viewers`). */
export type ViewersReader = (em: EntityManager, userIds: readonly number[]) => Promise<Map<number, Viewer>>;

/**
 * Wakes the process's ticket subscriptions when a ticket gets a new log entry, whichever API
 * instance wrote it: every change already writes its log entry in its own transaction, so the log is
 * the source of truth and the feed only watches it, with who is present on the ticket (presence-board.ts). It polls (`LIVE_POLL_MS`) and only while someone
 * waits: no NOTIFY in the write transactions, so the write path keeps its figures and it works behind
 * a transaction-mode pooler. One statement per interval for the whole process: the latest entry of
 * each watched ticket, read by the log's (ticket, id) index, returning only the tickets that moved
 * past what their subscriptions saw; and when it wakes subscriptions, two
 * more for all of them, whatever their number (wake-round.ts): what each would otherwise read itself.
 */
export class LogFeed {
  private readonly waiters = new Set<Waiter>();
  private readonly loop: PollingLoop;
  /** Set once the process shuts down: subscriptions end instead of waiting again. */
  stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly readViewers: ViewersReader,
    pollMs: number,
    onError: (error: unknown) => void = () => {},
  ) {
    this.loop = new PollingLoop(pollMs, () => this.poll(), () => this.waiters.size > 0, onError);
  }

  /**
   * Resolves once the ticket has a log entry after `seen.afterId` or other people present than
   * `seen.presence`, with who is present then (so a change to the ticket alone costs no read of
   * its presence), viewer `userId` as the directory has them now and the entries they have not
   * seen; with null at `until` (ms since the epoch) at the latest, or when `signal` aborts.
   */
  wait(ticketId: number, userId: number, seen: SeenState, signal: AbortSignal, until = Number.POSITIVE_INFINITY): Promise<Wake | null> {
    return new Promise((resolve) => {
      let deadline: NodeJS.Timeout | undefined;
      const stop = () => waiter.wake();
      const waiter: Waiter = {
        ticketId,
        userId,
        ...seen,
        wake: (woke) => {
          this.waiters.delete(waiter);
          signal.removeEventListener('abort', stop);
          clearTimeout(deadline);
          resolve(woke ?? null);
        },
      };
      if (signal.aborted || this.stopped || until <= Date.now()) return resolve(null);
      signal.addEventListener('abort', stop, { once: true });
      if (Number.isFinite(until)) deadline = setTimeout(stop, until - Date.now());
      this.waiters.add(waiter);
      this.loop.kick();
    });
  }

  /** How many subscriptions wait now (for the benchmark and the health of the process). */
  get waiting(): number {
    return this.waiters.size;
  }

  stop(): void {
    this.stopped = true;
    this.loop.stop();
    for (const waiter of [...this.waiters]) waiter.wake();
  }

  /** The latest entry and who is present, for each watched ticket: wakes the waiters whose ticket moved on, with what they would read. */
  private async poll(): Promise<void> {
    // The latest entry of each watched ticket, not "entries after the highest id seen": ids are
    // taken when a transaction writes but seen when it commits, so a later id can commit first.
    // Only the tickets that moved come back: for each, the lowest entry its subscriptions saw and who
    // they saw present (ANY_PRESENCE when they disagree, so it always comes back).
    const watched = new Map<number, { afterId: number; presence: string }>();
    for (const waiter of this.waiters) {
      const seen = watched.get(waiter.ticketId);
      if (!seen) watched.set(waiter.ticketId, { afterId: waiter.afterId, presence: waiter.presence });
      else {
        seen.afterId = Math.min(seen.afterId, waiter.afterId);
        if (seen.presence !== waiter.presence) seen.presence = ANY_PRESENCE;
      }
    }
    const em = this.orm.em.fork();
    const rows = await sqlOf(em).rows(
      sql`select m.ticket_id, m.id, m.presence from (
            select w.ticket_id, w.after_id, w.seen, (select max(l.id) from ticket_logs l where l.ticket_id = w.ticket_id) as id,
                   (select coalesce(string_agg(p.user_id || ':' || p.activity, ',' order by p.user_id), '')
                      from (${presentOn(sql`w.ticket_id`)}) p) as presence
              from unnest(${sql.list([...watched.keys()], 'int')}, ${sql.list([...watched.values()].map((seen) => seen.afterId), 'int')},
                          ${sql.list([...watched.values()].map((seen) => seen.presence), 'text')}) as w(ticket_id, after_id, seen)) m
           where coalesce(m.id, 0) > m.after_id or m.presence <> m.seen`,
      LatestRow,
    );
    const latest = new Map(rows.map((row) => [row.ticket_id, row]));
    const woken = [...this.waiters].filter((waiter) => {
      const now = latest.get(waiter.ticketId);
      return now !== undefined && ((now.id ?? 0) > waiter.afterId || now.presence !== waiter.presence);
    });
    const reads = await readWakeRound(em, woken, (userIds) => this.readViewers(em, userIds));
    woken.forEach((waiter, index) => {
      // A waiter that left while the round was read (its signal, its deadline) was woken already.
      if (this.waiters.has(waiter)) waiter.wake({ presence: latest.get(waiter.ticketId)!.presence, ...reads[index]! });
    });
  }
}
