import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Route } from '../../http/server.js';
import type { AppServices } from '../../trpc/context.js';
import { authenticateApiKey } from './api-key-store.js';
import { fileIntakeTicket } from './file-intake-ticket.js';
import { fieldErrorsOf, IntakeError, intakeErrorFrom } from './intake-error.js';
import { IntakeTicketRequest } from './intake-request.js';
import { IntakeRateLimit } from './rate-limit.js';
import { readJsonBody } from './read-json-body.js';
import { requestHash } from './request-hash.js';

export const INTAKE_TICKETS_PATH = '/intake/v1/tickets';
const MAX_BODY_BYTES = 256 * 1024;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
}

function idempotencyKeyOf(req: IncomingMessage): string | null {
  const value = req.headers['idempotency-key'];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    const message = 'Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID made once per form submission.';
    throw new IntakeError(400, 'BAD_REQUEST', message, [{ path: 'Idempotency-Key', message }]);
  }
  return value;
}

/**
 * `POST /intake/v1/tickets`: host sites file tickets server-to-server with an API key (see
 * `openapi.ts` for the contract). Every refusal is JSON `{ error: { code, message, fieldErrors } }`.
 */
export function intakeRoute(services: AppServices): Route {
  const rateLimit = new IntakeRateLimit(services.config.INTAKE_RATE_LIMIT);
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/intake/')) return false;
    const requestId = randomUUID();
    try {
      if (url.pathname !== INTAKE_TICKETS_PATH) throw new IntakeError(404, 'NOT_FOUND', `Nothing at ${url.pathname}. Tickets are filed with POST ${INTAKE_TICKETS_PATH}; the contract is at /openapi.json.`);
      if (req.method !== 'POST') throw new IntakeError(405, 'METHOD_NOT_SUPPORTED', `Use POST to file a ticket at ${INTAKE_TICKETS_PATH}.`, [], { allow: 'POST' });
      const apiKey = await authenticateApiKey(services.orm.em.fork(), req.headers);
      await rateLimit.consume(apiKey.id, apiKey.prefix);
      const idempotencyKey = idempotencyKeyOf(req);
      const body = await readJsonBody(req, MAX_BODY_BYTES);
      const parsed = IntakeTicketRequest.safeParse(body);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error.issues);
        throw new IntakeError(400, 'BAD_REQUEST', `The request is not valid: ${fieldErrors.map((f) => `${f.path || '(body)'}: ${f.message}`).join('; ')}`, fieldErrors);
      }
      const answer = await fileIntakeTicket(services, {
        apiKey,
        request: parsed.data,
        idempotency: idempotencyKey ? { key: idempotencyKey, requestHash: requestHash(body) } : null,
        requestId,
      });
      send(res, answer.status, answer.body, answer.status === 200 ? { 'idempotent-replayed': 'true' } : { location: answer.body.ticket.url });
    } catch (error) {
      const refusal = intakeErrorFrom(error);
      if (refusal.status >= 500) services.logger.error({ err: error, requestId, path: url.pathname }, 'intake request failed');
      send(res, refusal.status, refusal.body(), { ...refusal.headers, 'x-request-id': requestId });
    }
    return true;
  };
}
