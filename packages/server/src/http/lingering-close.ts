import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long a connection answered before its body arrived keeps draining before it is cut. */
const LINGER_MS = 2000;

/**
 * A request answered before its body arrived (a 413, a 401, a form refused as cross-site) closes
 * its connection rather than read the rest — and its answer says so (`Connection: close`). Without
 * that header a keep-alive client (undici's fetch, a browser) sends its next request on the
 * connection we are closing and gets "other side closed".
 */
export function closeWhenAnsweredEarly(req: IncomingMessage, res: ServerResponse): void {
  let closing = false;
  const writeHead = res.writeHead;
  // Every head goes through writeHead (an implicit one from `end` too): decide there, while the
  // head can still say so, and act on the same decision once the answer is sent.
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (!res.headersSent && bodyStillComing(req)) {
      closing = true;
      res.setHeader('connection', 'close');
    }
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
  res.on('finish', () => {
    if (closing) lingeringClose(req);
  });
}

/** A GET has no body to wait for, though Node marks it complete only after its handler began. */
function bodyStillComing(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Closes the connection without reading the rest of the body. Closing at once would make the
 * kernel answer the bytes still coming with a reset, which can destroy our answer before the
 * client reads it; so, like nginx's lingering close, this says we are done (FIN), drops what
 * still arrives, and cuts the connection when the client closes its side or after LINGER_MS,
 * whichever comes first.
 */
function lingeringClose(req: IncomingMessage): void {
  const socket = req.socket;
  if (socket.destroyed) return;
  socket.end();
  req.resume();
  const cut = setTimeout(() => socket.destroy(), LINGER_MS);
  cut.unref();
  socket.once('close', () => clearTimeout(cut));
}
