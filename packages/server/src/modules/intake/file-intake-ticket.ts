import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import { IntakeRequestRow } from '../../db/rows/intake-requests-row.js';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { type AppServices, directoryFor } from '../../request/app-services.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { openRequestContext } from '../../request/request-context.js';
import { ticketUrl } from '../mail/ticket-url.js';
import { fileTicket } from '../tickets/create-ticket.js';
import type { ApiKeyInfo } from './api-key-store.js';
import { IntakeError } from './intake-error.js';
import type { IntakeTicketCreated, IntakeTicketRequest } from './intake-request.js';

const ClaimedRow = IntakeRequestRow.pick({ api_key_id: true });
// Only a claim whose ticket was filed joins: one still being filed reads as none.
const FirstRequestRow = IntakeRequestRow.pick({ request_hash: true }).extend({ ticket_id: TicketRow.shape.id, version: TicketRow.shape.version });

export interface IntakeFiling {
  apiKey: ApiKeyInfo;
  request: IntakeTicketRequest;
  /** The caller's Idempotency-Key, if any, and the hash of the body it came with. */
  idempotency: { key: string; requestHash: string } | null;
  requestId: string;
}

export interface IntakeAnswer {
  /** 201 for a new ticket, 200 for the first answer replayed to a retry. */
  status: 201 | 200;
  body: IntakeTicketCreated;
}

/**
 * Files a ticket for the host site's user through the same `fileTicket` as tRPC's `tickets.create`
 * (same checks, stakeholders, log entries and mails), with the Idempotency-Key claimed in the same
 * transaction: a retry gets the first ticket, and a concurrent twin waits for the first to commit
 * and then gets its ticket too.
 */
export async function fileIntakeTicket(services: AppServices, filing: IntakeFiling): Promise<IntakeAnswer> {
  const base = openRequestContext(services, filing.requestId);
  const viewer = await base.directory.viewer(filing.request.requester.userId);
  if (!viewer) {
    const message = `User #${filing.request.requester.userId} is not known to the ticket system (or was anonymized): add them to the directory first.`;
    throw new IntakeError(422, 'UNPROCESSABLE_CONTENT', message, [{ path: 'requester.userId', message }]);
  }
  const answer = (id: number, version: number, status: 201 | 200): IntakeAnswer => ({ status, body: { ticket: { id, version, url: ticketUrl(services, id) } } });

  const filed = await base.em.transactional(async (tx: EntityManager) => {
    const db = sqlOf(tx);
    const idempotency = filing.idempotency;
    if (idempotency) {
      const claimed = await db.maybeOne(
        sql`insert into intake_requests (api_key_id, idempotency_key, request_hash) values (${filing.apiKey.id}, ${idempotency.key}, ${idempotency.requestHash})
            on conflict do nothing returning api_key_id`,
        ClaimedRow,
      );
      if (!claimed) {
        const first = await db.maybeOne(
          sql`select r.request_hash, r.ticket_id, t.version from intake_requests r join tickets t on t.id = r.ticket_id
               where r.api_key_id = ${filing.apiKey.id} and r.idempotency_key = ${idempotency.key}`,
          FirstRequestRow,
        );
        if (!first) throw new IntakeError(409, 'CONFLICT', `A request with Idempotency-Key '${idempotency.key}' is still being processed. Try again in a moment.`);
        if (first.request_hash !== idempotency.requestHash) {
          throw new IntakeError(
            422,
            'UNPROCESSABLE_CONTENT',
            `Idempotency-Key '${idempotency.key}' was already used for a different request (ticket #${first.ticket_id}). Use a new key for a new request.`,
            [{ path: 'Idempotency-Key', message: 'Already used with another body.' }],
          );
        }
        return answer(first.ticket_id, first.version, 200);
      }
    }
    const ctx: AuthedContext = { ...base, em: tx, directory: directoryFor(services, tx), viewer };
    const ticket = await fileTicket(ctx, filing.request);
    if (idempotency) {
      await db.run(sql`update intake_requests set ticket_id = ${ticket.id} where api_key_id = ${filing.apiKey.id} and idempotency_key = ${idempotency.key}`);
    }
    ctx.log.info({ ticketId: ticket.id, apiKey: filing.apiKey.prefix, type: filing.request.type }, 'Ticket filed through intake');
    return answer(ticket.id, ticket.version, 201);
  });
  // The "received" mail waits in its log entry until the writer runs; it may now, the filing committed.
  if (filed.status === 201) services.mailWriter?.wake();
  return filed;
}
