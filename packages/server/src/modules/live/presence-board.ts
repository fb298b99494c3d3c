import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { sql, type Statement } from '@tickets/sql';
import { z } from 'zod';
import { sqlOf, withoutQueryLog } from '../../db/sql-client.js';

/** What a person present on a ticket is doing there. */
export type PresenceActivity = 'viewing' | 'writing';

/** The session of a writer's row: one per person and ticket, whichever page or instance they write from. */
const WRITING_SESSION = 'writing';

const PresentRow = z.object({ user_id: z.number(), activity: z.enum(['viewing', 'writing']) });

/**
 * Who is present on the ticket `ticketId` names (a value or a column): each person once, writing
 * outranking viewing ('writing' > 'viewing'), rows that lapsed left out. The one place both the
 * readers of presence and the feed's poll take it from.
 */
export function presentOn(ticketId: Statement): Statement {
  return sql`select user_id, max(activity) as activity from ticket_presence where ticket_id = ${ticketId} and expires_at > now() group by user_id`;
}

/**
 * Who has a ticket open and who is writing a comment on it, shared by every API instance through the
 * UNLOGGED `ticket_presence` table and never anywhere else (see its migration). An open subscription
 * is a page holding the ticket open: this process writes its row when it opens, refreshes every row
 * it holds in one statement every third of `ttlMs`, and deletes it when the page goes. A row no one
 * refreshes (its instance was killed) lapses after `ttlMs`. Readers see the change through the log
 * feed's poll, which watches each ticket's presence beside its log.
 */
export class PresenceBoard {
  private readonly sessions = new Map<string, { ticketId: number; userId: number }>();
  private timer: NodeJS.Timeout | null = null;
  /** Pages that left while a refresh was writing: it may have written their row again. */
  private leftDuringRefresh: Array<() => Promise<void>> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly ttlMs: number,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Marks the user as viewing the ticket until the returned function is called (or the process dies). */
  async enter(em: EntityManager, ticketId: number, userId: number): Promise<() => Promise<void>> {
    const session = randomUUID();
    this.sessions.set(session, { ticketId, userId });
    await sqlOf(em).run(
      sql`insert into ticket_presence (ticket_id, user_id, session, activity, expires_at)
          values (${ticketId}, ${userId}, ${session}, 'viewing', now() + ${this.ttlMs} * interval '1 millisecond')`,
    );
    this.schedule();
    const remove = () =>
      sqlOf(this.orm.em.fork())
        .run(sql`delete from ticket_presence where ticket_id = ${ticketId} and user_id = ${userId} and session = ${session}`)
        .catch(this.onError);
    return async () => {
      if (!this.sessions.delete(session)) return;
      this.leftDuringRefresh?.push(remove);
      await remove();
    };
  }

  /**
   * Says the user is (or is no longer) writing a comment on the ticket; the page says it again while
   * they write, so a writer whose page died stops counting after `ttlMs`.
   */
  async setWriting(em: EntityManager, ticketId: number, userId: number, writing: boolean): Promise<void> {
    await sqlOf(em).run(
      writing
        ? sql`insert into ticket_presence (ticket_id, user_id, session, activity, expires_at)
              values (${ticketId}, ${userId}, ${WRITING_SESSION}, 'writing', now() + ${this.ttlMs} * interval '1 millisecond')
              on conflict (ticket_id, user_id, session) do update set expires_at = excluded.expires_at`
        : sql`delete from ticket_presence where ticket_id = ${ticketId} and user_id = ${userId} and session = ${WRITING_SESSION}`,
    );
  }

  /** The people present on a ticket now, each once with what they do (writing outranks viewing), by user id. */
  async present(em: EntityManager, ticketId: number): Promise<Array<{ userId: number; activity: PresenceActivity }>> {
    const rows = await sqlOf(em).rows(
      sql`${presentOn(sql`${ticketId}`)} order by user_id`,
      PresentRow,
    );
    return rows.map((row) => ({ userId: row.user_id, activity: row.activity }));
  }

  /** On shutdown: the pages this process held open are gone from the others' view at once. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const held = [...this.sessions.keys()];
    this.sessions.clear();
    if (held.length === 0) return;
    await withoutQueryLog(() => sqlOf(this.orm.em.fork()).run(sql`delete from ticket_presence where session = any(${sql.list(held, 'text')})`)).catch(this.onError);
  }

  private schedule(): void {
    if (this.timer || this.sessions.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.leftDuringRefresh = [];
      void withoutQueryLog(() => this.refresh()).finally(async () => {
        const left = this.leftDuringRefresh ?? [];
        this.leftDuringRefresh = null;
        await Promise.all(left.map((remove) => remove()));
        this.schedule();
      });
    }, this.ttlMs / 3);
    this.timer.unref();
  }

  /** Every row this process holds gets another `ttlMs`, and rows that lapsed (anyone's) go: two statements for the process. */
  private async refresh(): Promise<void> {
    const held = [...this.sessions.entries()];
    try {
      const client = sqlOf(this.orm.em.fork());
      await client.run(
        sql`insert into ticket_presence (ticket_id, user_id, session, activity, expires_at)
            select h.ticket_id, h.user_id, h.session, 'viewing', now() + ${this.ttlMs} * interval '1 millisecond'
              from unnest(${sql.list(held.map(([, s]) => s.ticketId), 'int')}, ${sql.list(held.map(([, s]) => s.userId), 'int')},
                          ${sql.list(held.map(([session]) => session), 'text')}) as h(ticket_id, user_id, session)
            on conflict (ticket_id, user_id, session) do update set expires_at = excluded.expires_at`,
      );
      await client.run(sql`delete from ticket_presence where expires_at < now() - interval '1 minute'`);
    } catch (error) {
      // The database may be away for a moment: the rows are refreshed at the next turn, before they lapse.
      this.onError(error);
    }
  }
}
