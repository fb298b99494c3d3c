import type { EntityManager } from '@mikro-orm/postgresql';
import { LogEvent } from '@tickets/domain';
import { sql } from '@tickets/sql';
import type { z } from 'zod';
import { pgJson } from '../../db/rows/pg-values.js';
import { TicketLogRow } from '../../db/rows/ticket-logs-row.js';
import { sqlOf, UNLOGGED, withoutQueryLog } from '../../db/sql-client.js';
import type { AppServices } from '../../request/app-services.js';
import { PendingMail } from './pending-mail.js';
import { type PendingEntry, writeTicketMails } from './ticket-mails.js';

export interface PendingMailWriterOptions {
  /** How often to look for entries no wake-up announced (written by another process, or before a crash). */
  pollMs: number;
  /** Entries per transaction. */
  batchSize?: number;
  /** Called after a round wrote mails into the outbox (the sender then looks for them at once). */
  onWritten?: () => void;
}

const PendingRow = TicketLogRow.pick({ id: true, ticket_id: true }).extend({ event: pgJson<LogEvent>(), mail_pending: pgJson<Record<string, unknown>>() });
type PendingRow = z.infer<typeof PendingRow>;

/**
 * Turns log entries that cause mail (`ticket_logs.mail_pending`, written in the same row as the entry,
 * in the change's transaction) into `mail_outbox` rows, out of the change's transaction: a change
 * commits without composing its mails, and a crash after its commit loses none, because the entry
 * stays pending until a writer has written its mails and cleared it in one transaction.
 *
 * Each round claims the oldest pending entries with `FOR UPDATE SKIP LOCKED` (so two API processes
 * never write the same entry at once; a second write of a mail is dropped by the outbox's unique
 * key anyway), writes their mails and clears them. A change wakes the writer of its process after
 * it commits; the poll finds what no wake-up announced. Rounds in one process run one after another.
 */
export class PendingMailWriter {
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private running = false;
  private wanted = false;
  private stopped = true;
  private readonly batchSize: number;

  constructor(
    private readonly services: AppServices,
    private readonly options: PendingMailWriterOptions,
  ) {
    this.batchSize = options.batchSize ?? 100;
  }

  /** Starts polling (and answering wake-ups); start it once links in mails can be made (the server listens). */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Writes what is pending now rather than at the next poll (a change that causes mail just committed). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      // Entries committed while a round runs may be behind its claim: one more round after it.
      this.wanted = true;
      return;
    }
    this.schedule(0);
  }

  /**
   * Writes the mails of every entry pending now, after the round in progress; returns how many mails
   * it wrote. For tests and tools that must see the outbox as the committed changes make it.
   */
  writeDue(): Promise<number> {
    const round = this.chain.then(() => this.drain());
    this.chain = round.catch(() => undefined);
    return round;
  }

  /** Stops polling and waits for the round in progress; what is pending stays for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.chain;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = true;
      this.wanted = false;
      this.writeDue()
        .then((written) => {
          if (written > 0) this.options.onWritten?.();
        })
        .catch((error: unknown) => this.services.logger.warn({ err: error }, 'Mail outbox: could not write pending mails; trying again at the next poll'))
        .finally(() => {
          this.running = false;
          this.schedule(this.wanted ? 0 : this.options.pollMs);
        });
    }, delayMs);
    // A pending poll must not keep a process alive that is otherwise done.
    this.timer.unref();
  }

  private async drain(): Promise<number> {
    let written = 0;
    for (;;) {
      const round = await withoutQueryLog(() => this.writeBatch());
      written += round.written;
      if (round.claimed < this.batchSize || this.stopped) return written;
    }
  }

  /** One batch in one transaction; a batch that fails is written entry by entry, so one bad entry holds back no other. */
  private async writeBatch(): Promise<{ claimed: number; written: number }> {
    try {
      return await this.transaction((tx) => this.claimAndWrite(tx, this.batchSize));
    } catch (error) {
      this.services.logger.warn({ err: error }, 'Mail outbox: a batch of pending mails failed; writing its entries one by one');
    }
    let claimed = 0;
    let written = 0;
    for (let i = 0; i < this.batchSize; i++) {
      try {
        const one = await this.transaction((tx) => this.claimAndWrite(tx, 1));
        if (one.claimed === 0) break;
        claimed += one.claimed;
        written += one.written;
      } catch (error) {
        this.services.logger.error({ err: error }, 'Mail outbox: could not write the mails of a log entry; it stays pending and is tried again at the next poll');
        break;
      }
    }
    return { claimed, written };
  }

  private transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.services.orm.em.fork().transactional(work, { loggerContext: UNLOGGED });
  }

  private async claimAndWrite(tx: EntityManager, limit: number): Promise<{ claimed: number; written: number }> {
    const db = sqlOf(tx);
    const rows = await db.rows(
      sql`select id, ticket_id, event, mail_pending from ticket_logs where mail_pending is not null order by id limit ${limit} for update skip locked`,
      PendingRow,
    );
    if (rows.length === 0) return { claimed: 0, written: 0 };
    const written = await writeTicketMails(tx, this.services, rows.flatMap((row) => this.entryOf(row)));
    await db.run(sql`update ticket_logs set mail_pending = null where id = any(${sql.list(rows.map((row) => row.id), 'int')})`);
    return { claimed: rows.length, written };
  }

  /** A pending entry as the mails need it; one this version cannot read is logged and cleared, not retried forever. */
  private entryOf(row: PendingRow): PendingEntry[] {
    const event = LogEvent.safeParse(row.event);
    const mail = PendingMail.safeParse(row.mail_pending);
    if (event.success && mail.success) return [{ ticketId: row.ticket_id, event: event.data, mail: mail.data }];
    this.services.logger.error({ logId: row.id, ticketId: row.ticket_id }, `Mail outbox: log entry #${row.id} holds a pending mail this server cannot read; it is dropped`);
    return [];
  }
}
