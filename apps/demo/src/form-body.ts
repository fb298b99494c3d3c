// The demo's forms post a few short fields (application/x-www-form-urlencoded). Anything else that
// arrives at a form address is a client's mistake or an attack, and is answered as one (4xx), never
// as an error of the site.
import type { IncomingMessage } from 'node:http';

/** Far more than the contact form's fields can hold; the body is never kept beyond it. */
export const MAX_FORM_BYTES = 64 * 1024;

export type FormReading = { ok: true; form: URLSearchParams } | { ok: false; status: 400 | 413; message: string };

/**
 * The posted form, or why it is refused: 413 for a body over MAX_FORM_BYTES, 400 for one that is not
 * UTF-8 text. An oversized body is still read to its end (and thrown away) so the browser receives
 * the answer instead of a reset connection; the server's request timeout bounds how long that takes.
 */
export async function readForm(req: IncomingMessage): Promise<FormReading> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_FORM_BYTES) chunks.push(chunk);
  }
  if (size > MAX_FORM_BYTES) return { ok: false, status: 413, message: `This form is larger than ${MAX_FORM_BYTES / 1024} KB, far more than its fields hold; nothing was sent. Shorten what you typed and send it again.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, status: 400, message: 'This form did not arrive as UTF-8 text, so it was refused. Send it again from the page.' };
  }
  return { ok: true, form: new URLSearchParams(text) };
}
