import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Route } from '../../http/server.js';
import type { RequestRateLimits } from '../../rate-limits/request-rate-limits.js';
import { type FieldError, fieldErrorsOf } from '../../input/field-errors.js';
import { unstorableInputIssues } from '../../input/storable-input.js';
import type { AppServices } from '../../request/app-services.js';
import { fileIntakeTicket } from './file-intake-ticket.js';
import { IntakeError, intakeErrorFrom } from './intake-error.js';
import { IntakeTicketRequest } from './intake-request.js';
import { intakeSignIn } from './intake-sign-in.js';
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
 * The same refusal as every tRPC procedure's (`unstorableInputIssues`): a NUL or a lone surrogate
 * in any text, or nesting deeper than the API accepts, before anything (the Idempotency-Key hash
 * included) walks the body.
 */
function refuseUnstorableBody(body: unknown): void {
  const issues = unstorableInputIssues(body);
  if (issues.length > 0) throw invalidRequest(fieldErrorsOf(issues));
}

function invalidRequest(fieldErrors: FieldError[]): IntakeError {
  return new IntakeError(400, 'BAD_REQUEST', `The request is not valid: ${fieldErrors.map((f) => `${f.path || '(body)'}: ${f.message}`).join('; ')}`, fieldErrors);
}

/**
 * `POST /intake/v1/tickets`: host sites file tickets server-to-server with an API key (see
 * `openapi.ts` for the contract). Every refusal is JSON `{ error: { code, message, fieldErrors } }`.
 */
export function intakeRoute(services: AppServices, limits: RequestRateLimits): Route {
  const signIn = intakeSignIn(services, limits);
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/intake/')) return false;
    const requestId = randomUUID();
    try {
      if (url.pathname !== INTAKE_TICKETS_PATH) throw new IntakeError(404, 'NOT_FOUND', `Nothing at ${url.pathname}. Tickets are filed with POST ${INTAKE_TICKETS_PATH}; the contract is at /openapi.json.`);
      if (req.method !== 'POST') throw new IntakeError(405, 'METHOD_NOT_SUPPORTED', `Use POST to file a ticket at ${INTAKE_TICKETS_PATH}.`, [], { allow: 'POST' });
      const { apiKey, headers: limitHeaders } = await signIn(req);
      const idempotencyKey = idempotencyKeyOf(req);
      const body = await readJsonBody(req, MAX_BODY_BYTES);
      refuseUnstorableBody(body);
      const parsed = IntakeTicketRequest.safeParse(body);
      if (!parsed.success) throw invalidRequest(fieldErrorsOf(parsed.error.issues));
      const answer = await fileIntakeTicket(services, {
        apiKey,
        request: parsed.data,
        idempotency: idempotencyKey ? { key: idempotencyKey, requestHash: requestHash(body) } : null,
        requestId,
      });
      send(res, answer.status, answer.body, { ...limitHeaders, ...(answer.status === 200 ? { 'idempotent-replayed': 'true' } : { location: answer.body.ticket.url }) });
    } catch (error) {
      const refusal = intakeErrorFrom(error);
      if (refusal.status >= 500) services.logger.error({ err: error, requestId, path: url.pathname }, 'intake request failed');
      send(res, refusal.status, refusal.body(), { ...refusal.headers, 'x-request-id': requestId });
    }
    return true;
  };
}
