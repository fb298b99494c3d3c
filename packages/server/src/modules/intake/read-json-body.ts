import type { IncomingMessage } from 'node:http';
import { IntakeError } from './intake-error.js';

/** The request's JSON body, refused with 415 / 413 / 400 saying what is wrong with it. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new IntakeError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send the request as JSON with "Content-Type: application/json" (got ${type ? `"${type}"` : 'none'}).`);
  }
  // A body declared too large is refused before a byte of it is read.
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new IntakeError(400, 'BAD_REQUEST', `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function tooLarge(maxBytes: number): IntakeError {
  return new IntakeError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
}
