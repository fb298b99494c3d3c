import type { ServerResponse } from 'node:http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';

export type RefusalCode = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE';

const STATUS: Record<RefusalCode, number> = { BAD_REQUEST: 400, PAYLOAD_TOO_LARGE: 413 };

export interface Refusal {
  code: RefusalCode;
  /** A sentence the person sending the request can act on. */
  message: string;
}

/**
 * Answers a request the HTTP layer refuses before any route runs. Under `/trpc/` the body has
 * tRPC's error shape, so the typed client shows the message like any other refusal; elsewhere the
 * intake's `{ error: { code, message } }`. A body still arriving is not read: the server closes
 * such a connection once answered (`closeWhenAnsweredEarly`).
 */
export function refuse(res: ServerResponse, refusal: Refusal, trpcPath: string | null): void {
  const httpStatus = STATUS[refusal.code];
  const body =
    trpcPath === null
      ? { error: { code: refusal.code, message: refusal.message } }
      : {
          error: {
            message: refusal.message,
            code: TRPC_ERROR_CODES_BY_KEY[refusal.code],
            data: { code: refusal.code, httpStatus, path: trpcPath, fieldErrors: null, domain: null },
          },
        };
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(httpStatus, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
