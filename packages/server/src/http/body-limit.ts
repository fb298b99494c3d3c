import type { IncomingMessage } from 'node:http';
import type { Refusal } from './refusal.js';

function tooLarge(maxBytes: number, what: string): Refusal {
  return {
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body ${what} larger than the ${formatBytes(maxBytes)} this server accepts; send less (a ticket or a comment is far smaller).`,
  };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/**
 * A body declared (Content-Length) larger than the limit is refused from its headers, before a byte
 * of it is read. Node's parser has already refused a Content-Length that is not a number.
 */
export function declaredBodyRefusal(req: IncomingMessage, maxBytes: number): Refusal | null {
  const declared = req.headers['content-length'];
  if (declared === undefined) return null;
  return Number(declared) > maxBytes ? tooLarge(maxBytes, 'is') : null;
}

/**
 * A body without a Content-Length (chunked) is counted as it arrives; `onTooLarge` runs once, as
 * soon as it passes the limit. Listening to `data` switches the request to flowing mode, so this is
 * only for a consumer that starts reading in the same tick (tRPC's adapter does); a route that
 * awaits before it reads counts for itself (`readJsonBody`).
 */
export function watchStreamedBody(req: IncomingMessage, maxBytes: number, onTooLarge: (refusal: Refusal) => void): void {
  if (req.headers['content-length'] !== undefined) return;
  let size = 0;
  const count = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= maxBytes) return;
    req.off('data', count);
    onTooLarge(tooLarge(maxBytes, 'grew'));
  };
  req.on('data', count);
}
