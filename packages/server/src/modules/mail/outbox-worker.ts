import type { MikroORM } from '@mikro-orm/postgresql';
import type { Mail } from 'nodemailer';
import { sql } from '@tickets/sql';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { MailOutboxRow } from '../../db/rows/mail-outbox-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { retryDelayMs } from './retry-delay.js';

export interface OutboxWorkerOptions {
  /** The sender of every mail (`Tickets <tickets@example.org>`). */
  from: string;
  /** How often to look for due mails. */
  pollMs: number;
  /** The first retry delay; it doubles with each failed attempt, up to an hour. */
  retryBaseMs: number;
  /** After this many failed attempts a mail is given up (kept, with its last error, as `failed_at`). */
  maxAttempts: number;
  /** How long a claimed mail stays reserved for the worker that claimed it (longer than an SMTP send can take). */
  leaseMs?: number;
  batchSize?: number;
}

const DueMail = MailOutboxRow.pick({
  id: true,
  recipient: true,
  recipient_name: true,
  cc: true,
  subject: true,
  text_body: true,
  html_body: true,
  message_id: true,
  thread_id: true,
  attempts: true,
});
type DueMail = z.infer<typeof DueMail>;

/** The longest one SMTP send may take (connecting, greeting, each exchange) before it counts as failed. */
export const SEND_TIMEOUT_MS = 30_000;

/**
 * Sends what `mail_outbox` holds, in the API process. Each round claims due rows with
 * `FOR UPDATE SKIP LOCKED` and leases them (so two API processes never send the same row at once),
 * sends each over SMTP outside any transaction (a slow mail server never holds a database
 * connection — PGlite has only one), then records it as sent, or the error and when to try again.
 *
 * Delivery is at least once: a process that dies after the SMTP server accepted a mail but before
 * recording it sends it again when the lease runs out, with the same Message-ID, by which mail
 * systems recognise the copy. A row committed with its event and never claimed (a crash between
 * commit and send) is simply sent by the next worker.
 */
export class MailOutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<unknown> | null = null;
  private stopped = false;
  private readonly leaseMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: Mail,
    private readonly logger: Logger,
    private readonly options: OutboxWorkerOptions,
  ) {
    this.leaseMs = options.leaseMs ?? Math.max(2 * SEND_TIMEOUT_MS, 60_000);
    this.batchSize = options.batchSize ?? 20;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Looks for due mails now instead of at the next poll (e.g. right after an event committed). */
  wake(): void {
    if (this.stopped || this.round) return;
    if (this.timer) clearTimeout(this.timer);
    this.schedule(0);
  }

  /** Stops polling and waits for the round in progress; unsent mails stay in the outbox for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.round;
    this.transport.close();
  }

  /** Sends every mail that is due now, batch after batch; returns how many were sent. */
  async sendDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.claim();
      for (const mail of batch) if (await this.send(mail)) sent++;
      if (batch.length < this.batchSize || this.stopped) return sent;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.round = this.sendDue()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'Mail outbox: could not read the outbox; trying again at the next poll'))
        .finally(() => {
          this.round = null;
          this.schedule(this.options.pollMs);
        });
    }, delayMs);
    // A pending poll must not keep a process alive that is otherwise done.
    this.timer.unref();
  }

  private async claim(): Promise<DueMail[]> {
    const rows = await sqlOf(this.orm.em.fork()).rows(
      sql`update mail_outbox set attempts = attempts + 1, next_attempt_at = now() + ${this.leaseMs}::int * interval '1 millisecond'
           where id in (select id from mail_outbox
                         where sent_at is null and failed_at is null and next_attempt_at <= now()
                         order by next_attempt_at, id limit ${this.batchSize} for update skip locked)
           returning id, recipient, recipient_name, cc, subject, text_body, html_body, message_id, thread_id, attempts`,
      DueMail,
    );
    return rows.sort((a, b) => Number(a.id) - Number(b.id));
  }

  private async send(mail: DueMail): Promise<boolean> {
    const db = sqlOf(this.orm.em.fork());
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: { name: mail.recipient_name, address: mail.recipient },
        cc: mail.cc,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
        messageId: mail.message_id,
        references: mail.thread_id,
        // RFC 3834: an automatic notification, so auto-responders do not answer it.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = mail.attempts >= this.options.maxAttempts;
      const delay = retryDelayMs(mail.attempts, this.options.retryBaseMs);
      await db.run(
        sql`update mail_outbox
               set last_error = ${message.slice(0, 2000)}, next_attempt_at = now() + ${delay}::int * interval '1 millisecond', failed_at = case when ${giveUp} then now() end
             where id = ${mail.id}`,
      );
      const log = { mailId: mail.id, attempts: mail.attempts, error: message };
      if (giveUp) this.logger.error(log, `Mail outbox: giving up on a mail to ${mail.recipient} after ${mail.attempts} attempts`);
      else this.logger.warn({ ...log, retryInMs: delay }, `Mail outbox: sending to ${mail.recipient} failed; will try again`);
      return false;
    }
    await db.run(sql`update mail_outbox set sent_at = now(), last_error = null where id = ${mail.id}`);
    this.logger.debug({ mailId: mail.id, recipient: mail.recipient }, 'Mail outbox: sent');
    return true;
  }
}

