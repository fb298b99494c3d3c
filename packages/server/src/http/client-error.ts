import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';

interface Answer {
  status: number;
  reason: string;
  code: string;
  message: string;
}

const ANSWERS: Record<string, Answer> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', message: 'The request headers are larger than this server accepts; send fewer or shorter headers.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', code: 'REQUEST_TIMEOUT', message: 'The request took too long to arrive; send it again, all at once.' },
};
const BAD_REQUEST: Answer = { status: 400, reason: 'Bad Request', code: 'BAD_REQUEST', message: 'This is not a well-formed HTTP request; check the request line and the headers.' };

/**
 * Answers what Node's HTTP parser refuses before any request listener runs (a malformed request
 * line or header, conflicting lengths, headers too large, a request that took too long), then
 * closes the socket. Never throws: whatever a client sends ends here, not in the process.
 */
export function clientErrorHandler(logger: Logger) {
  return (error: Error & { code?: string }, socket: Duplex): void => {
    logger.debug({ code: error.code, message: error.message }, 'refused a malformed or slow request');
    // Writing a status line into a response already under way would corrupt it; so would writing
    // to a connection the client has reset.
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (error.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
      const answer = ANSWERS[error.code ?? ''] ?? BAD_REQUEST;
      const body = JSON.stringify({ error: { code: answer.code, message: answer.message } });
      socket.write(
        `HTTP/1.1 ${answer.status} ${answer.reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
      // End, then destroy once written: a client that keeps the connection half open or keeps
      // sending must not hold the socket.
      socket.end();
      socket.once('finish', () => socket.destroy());
      return;
    }
    socket.destroy();
  };
}
