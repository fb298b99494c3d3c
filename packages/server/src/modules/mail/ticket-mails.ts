import type { EntityManager } from '@mikro-orm/postgresql';
import { type LogEvent, type Notification, type NotifiedEvent, notificationsFor, type Stakeholder } from '@tickets/domain';
import { defaultMail, type MailContext, type MailText, type PrincipalKindServer, recipientWords, type TicketTypeMails } from '@tickets/plugin-kit/server';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { TicketCommentRow } from '../../db/rows/ticket-comments-row.js';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { UserRow } from '../../db/rows/users-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { type Mailbox, principalKey } from '../../directory/directory.js';
import { principalNameSql } from '../../directory/principal-name-sql.js';
import { type AppServices, directoryFor } from '../../request/app-services.js';
import { loadUnnamedStakeholders } from '../stakeholders/stakeholder-store.js';
import { mailDomainOf, messageIdFor, threadIdFor } from './mail-identity.js';
import type { PendingMail } from './pending-mail.js';
import { ticketUrl } from './ticket-url.js';

/** A log entry whose mails are still to be written: the event, and the ticket as the change left it. */
export interface PendingEntry {
  ticketId: number;
  event: LogEvent;
  mail: PendingMail;
}

interface MailEvent {
  /** Names the event once and for all: the outbox keeps one row per (event key, recipient). */
  key: string;
  ticketId: number;
  mail: PendingMail;
  notified: NotifiedEvent;
  comment?: { authorName: string; onBehalfOf: string; body: string };
}

const TicketForMail = TicketRow.pick({ id: true, type: true, title: true, metadata_id: true });
type TicketForMail = z.infer<typeof TicketForMail>;

const CommentForMail = TicketCommentRow.pick({ id: true, body: true, author_user_id: true, acting_stakeholder_id: true }).extend({
  author_name: UserRow.shape.name,
  on_behalf_of: z.string().nullable(),
});

interface OutboxRow {
  ticketId: number;
  eventKey: string;
  kind: NotifiedEvent['kind'];
  to: Mailbox;
  cc: Mailbox[];
  mail: MailText;
}

/**
 * Writes the mails of log entries into `mail_outbox`, in the caller's transaction: the ticket
 * received, each comment, the ticket closed, each to the recipients the domain's `notificationsFor`
 * names among the ticket's stakeholders now. The ticket's status and state are those the entry
 * recorded; its title, metadata and comment are read now (a change stores them before it commits).
 * A fixed number of queries for any number of entries (plus one per ticket type with metadata).
 */
export async function writeTicketMails(tx: EntityManager, services: AppServices, entries: readonly PendingEntry[]): Promise<number> {
  const events = await mailEventsOf(tx, entries, services.ticketTypes.principalKinds);
  if (events.length === 0) return 0;
  const db = sqlOf(tx);
  const ticketIds = [...new Set(events.map((event) => event.ticketId))];
  const tickets = new Map(
    (await db.rows(sql`select id, type, title, metadata_id from tickets where id = any(${sql.list(ticketIds, 'int')})`, TicketForMail)).map((ticket) => [ticket.id, ticket]),
  );
  const stakeholders = await loadUnnamedStakeholders(tx, ticketIds);
  const mailboxes = await directoryFor(services, tx).mailboxes([...stakeholders.values()].flat().map((s) => s.principal));
  const metadata = await metadataOf(tx, services, [...tickets.values()]);

  const rows: OutboxRow[] = [];
  for (const event of events) {
    const ticket = tickets.get(event.ticketId);
    if (!ticket) continue;
    // An effect may have erased an address the mail must still reach: the one read before it counts.
    const reachable = new Map(mailboxes);
    for (const [key, mailbox] of Object.entries(event.mail.mailboxesBefore ?? {})) if (!reachable.has(key)) reachable.set(key, mailbox);
    const server = services.ticketTypes.server(ticket.type);
    const context = {
      ticket: {
        id: ticket.id,
        title: ticket.title,
        typeTitle: ticket.type,
        url: ticketUrl(services, ticket.id),
        status: event.mail.status,
        state: event.mail.state,
      },
      metadata: metadata.get(ticket.id) ?? null,
    };
    const mails = (server?.mails ?? {}) as TicketTypeMails<unknown>;
    for (const notification of notificationsFor(event.notified, stakeholders.get(ticket.id) ?? [])) {
      // A principal with several members (a competition's Delegates) is written to at each address.
      for (const to of reachable.get(principalKey(notification.to.principal)) ?? []) {
        rows.push({
          ticketId: ticket.id,
          eventKey: event.key,
          kind: event.notified.kind,
          to,
          cc: ccOf(notification, to, reachable),
          mail: writeMailSafely(services, ticket.type, mails, event, {
            ...context,
            // The type and the status named in the recipient's language, as the rest of their mail.
            ticket: { ...context.ticket, ...(server ? recipientWords(server, context.ticket.status, to.locale) : {}) },
            recipient: { name: to.name, locale: to.locale ?? null },
          }),
        });
      }
    }
  }
  await insertOutboxRows(tx, services, rows);
  return rows.length;
}

/** The entries' events that someone hears about, each with its stable key; comments read in one query. */
async function mailEventsOf(tx: EntityManager, entries: readonly PendingEntry[], kinds: readonly PrincipalKindServer[]): Promise<MailEvent[]> {
  const commentIds = entries.flatMap((entry) => (entry.event.type === 'comment.added' ? [entry.event.commentId] : []));
  const comments = new Map(
    commentIds.length === 0
      ? []
      : (
          await sqlOf(tx).rows(
            // The stakeholder in a subquery keyed by its id: as a join, PostgreSQL merge-joins along the
            // whole stakeholder index (312 ms at 200,000 stakeholders for a recent ticket; 0.1 ms this way).
            sql`select c.id, c.body, c.author_user_id, c.acting_stakeholder_id, u.name as author_name,
                    (select ${principalNameSql(sql`s.principal_kind`, sql`s.principal_id`, kinds)}
                       from ticket_stakeholders s
                      where s.id = c.acting_stakeholder_id) as on_behalf_of
               from ticket_comments c
               join users u on u.id = c.author_user_id
              where c.id = any(${sql.list(commentIds, 'int')})`,
            CommentForMail,
          )
        ).map((comment) => [comment.id, comment]),
  );
  const events: MailEvent[] = [];
  for (const { ticketId, event, mail } of entries) {
    if (event.type === 'ticket.created') events.push({ key: `ticket:${ticketId}:received`, ticketId, mail, notified: { kind: 'ticket.received' } });
    if (event.type === 'ticket.state_changed' && event.to === 'closed') {
      // A ticket may be closed, reopened and closed again: the version names this closing.
      events.push({ key: `ticket:${ticketId}:closed:v${mail.version}`, ticketId, mail, notified: { kind: 'ticket.closed' } });
    }
    if (event.type === 'comment.added') {
      const comment = comments.get(event.commentId);
      if (!comment) continue;
      events.push({
        key: `comment:${event.commentId}`,
        ticketId,
        mail,
        notified: { kind: 'comment.added', authorUserId: comment.author_user_id, actingStakeholderId: comment.acting_stakeholder_id },
        comment: { authorName: comment.author_name, onBehalfOf: comment.on_behalf_of ?? comment.author_name, body: comment.body },
      });
    }
  }
  return events;
}

/** Each ticket's stored metadata, through its type's store: one query per type. */
async function metadataOf(tx: EntityManager, services: AppServices, tickets: readonly TicketForMail[]): Promise<Map<number, unknown>> {
  const metadata = new Map<number, unknown>();
  const byType = new Map<string, TicketForMail[]>();
  for (const ticket of tickets) if (ticket.metadata_id !== null) byType.set(ticket.type, [...(byType.get(ticket.type) ?? []), ticket]);
  for (const [type, ofType] of byType) {
    const store = services.ticketTypes.server(type)?.store;
    if (!store) continue;
    const loaded = await store.load(sqlOf(tx), ofType.map((ticket) => ticket.metadata_id!));
    for (const ticket of ofType) metadata.set(ticket.id, loaded.get(ticket.metadata_id!) ?? null);
  }
  return metadata;
}

function ccOf(notification: Notification, to: Mailbox, mailboxes: Map<string, Mailbox[]>): Mailbox[] {
  const cc = notification.cc.flatMap((s: Stakeholder) => mailboxes.get(principalKey(s.principal)) ?? []);
  return cc.filter((box, index) => box.address.toLowerCase() !== to.address.toLowerCase() && cc.findIndex((other) => other.address.toLowerCase() === box.address.toLowerCase()) === index);
}

function writeMail(mails: TicketTypeMails<unknown>, event: MailEvent, context: MailContext<unknown>): MailText {
  if (event.notified.kind === 'comment.added') return (mails.commented ?? defaultMail.commented)({ ...context, comment: event.comment! });
  if (event.notified.kind === 'ticket.closed') return (mails.closed ?? defaultMail.closed)(context);
  return (mails.received ?? defaultMail.received)(context);
}

/** A plugin's broken mail text must not lose the mail or the change: the core's wording is sent instead. */
function writeMailSafely(services: AppServices, type: string, mails: TicketTypeMails<unknown>, event: MailEvent, context: MailContext<unknown>): MailText {
  try {
    return writeMail(mails, event, context);
  } catch (error) {
    services.logger.error({ err: error, type, eventKey: event.key }, `Ticket type '${type}' failed to write its mail; sending the default wording instead`);
    return writeMail({}, event, context);
  }
}

async function insertOutboxRows(tx: EntityManager, services: AppServices, rows: readonly OutboxRow[]): Promise<void> {
  if (rows.length === 0) return;
  const domain = mailDomainOf(services.config.MAIL_FROM);
  const values = rows.map((row) => {
    const recipient = row.to.address.toLowerCase();
    return sql`(${services.namespace.id}, ${row.ticketId}, ${row.eventKey}, ${row.kind}, ${recipient}, ${row.to.name}, ${JSON.stringify(row.cc)}::jsonb,
                ${row.mail.subject}, ${row.mail.text}, ${row.mail.html}, ${messageIdFor(row.eventKey, recipient, domain)}, ${threadIdFor(row.ticketId, domain)})`;
  });
  // One row per (event, recipient): a second write of the same mail (a recipient listed twice, or an
  // entry written again after a writer died before clearing it) is dropped.
  await sqlOf(tx).run(
    sql`insert into mail_outbox (namespace_id, ticket_id, event_key, kind, recipient, recipient_name, cc, subject, text_body, html_body, message_id, thread_id)
        values ${sql.join(values)} on conflict (event_key, recipient) do nothing`,
  );
}

