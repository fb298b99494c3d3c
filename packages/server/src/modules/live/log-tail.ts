import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { sqlOf, withoutQueryLog } from '../../db/sql-client.js';
import { PollingLoop } from './polling-loop.js';

const EntryRow = z.object({ id: z.number(), ticket_id: z.number() });

/**
 * An id the log's sequence handed out above one already seen, not committed yet: its transaction
 * may still commit (a later id can commit first) or never will (rolled back). Looked for again
 * until this long after it was first missed.
 */
const GAP_PATIENCE_MS = 60_000;
/** A status migration writes thousands of entries at once: read them a window at a time. */
const ENTRIES_PER_POLL = 1000;

/**
 * Every new log entry of every ticket, for open lists (`tickets.listEvents`): which tickets changed,
 * from whichever instance. One statement per `LIVE_POLL_MS` for the whole process, and only while a
 * list listens: the entries after the highest id seen, and the ids below it that were handed out
 * but not yet committed when it was read (the gaps), so an entry committed late is not missed.
 */
export class LogTail {
  private readonly listeners = new Set<{ after: number; tell: (ticketIds: number[]) => void }>();
  private highest: number | null = null;
  private readonly gaps = new Map<number, number>();
  private readonly loop: PollingLoop;

  constructor(
    private readonly orm: MikroORM,
    pollMs: number,
    onError: (error: unknown) => void = () => {},
  ) {
    this.loop = new PollingLoop(pollMs, () => this.poll(), () => this.listeners.size > 0, onError);
  }

  /** Calls `listener` with the tickets of the entries committed after now, until the returned function is called. */
  async listen(listener: (ticketIds: number[]) => void): Promise<() => void> {
    const row = await sqlOf(this.orm.em.fork()).one(sql`select coalesce(max(id), 0) as id from ticket_logs`, z.object({ id: z.number() }));
    this.highest ??= row.id;
    // Entries up to `after` that were committed already are not news to it; those committing late (gaps) are.
    const entry = { after: row.id, tell: listener };
    this.listeners.add(entry);
    this.loop.kick();
    return () => {
      this.listeners.delete(entry);
      if (this.listeners.size > 0) return;
      // No one listens: what is written from now on is no one's news; start afresh on the next listener.
      this.highest = null;
      this.gaps.clear();
    };
  }

  stop(): void {
    this.loop.stop();
    this.listeners.clear();
  }

  private async poll(): Promise<void> {
    const highest = this.highest;
    if (highest === null) return;
    const gaps = [...this.gaps.keys()];
    const entries = await withoutQueryLog(() =>
      sqlOf(this.orm.em.fork()).rows(
        sql`(select id, ticket_id from ticket_logs where id > ${highest} order by id limit ${ENTRIES_PER_POLL})
            union all select id, ticket_id from ticket_logs where id = any(${sql.list(gaps, 'int')})`,
        EntryRow,
      ),
    );
    if (this.highest !== highest) return; // everyone left meanwhile
    const now = Date.now();
    const seen = new Set(entries.map((entry) => entry.id));
    const top = entries.reduce((max, entry) => Math.max(max, entry.id), highest);
    for (let id = highest + 1; id < top; id++) if (!seen.has(id)) this.gaps.set(id, now);
    for (const [id, since] of this.gaps) if (seen.has(id) || now - since > GAP_PATIENCE_MS) this.gaps.delete(id);
    this.highest = top;
    const late = new Set(gaps);
    for (const listener of [...this.listeners]) {
      const tickets = new Set(entries.filter((entry) => entry.id > listener.after || late.has(entry.id)).map((entry) => entry.ticket_id));
      if (tickets.size > 0) listener.tell([...tickets]);
    }
  }
}
