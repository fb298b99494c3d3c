import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** How long a connection answered before its body arrived keeps draining before it is cut. */
const LINGER_MS = 2000;

/**
 * A request answered before its body arrived (a 413, a 401, a form refused as cross-site) closes
 * its connection rather than read the rest — and its answer says so (`Connection: close`). Without
 * that header a keep-alive client (undici's fetch, a browser) sends its next request on the
 * connection we are closing and gets "other side closed".
 */
export function closeWhenAnsweredEarly(req: IncomingMessage, res: ServerResponse): void {
  const writeHead = res.writeHead;
  // Every head goes through writeHead (an implicit one from `end` too): decide there, while the
  // head can still say so.
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (!res.headersSent && bodyStillComing(req)) {
      res.setHeader('connection', 'close');
      lingerInsteadOfDestroying(req.socket);
    }
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

/** A GET has no body to wait for, though Node marks it complete only after its handler began. */
function bodyStillComing(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Once an answer that says `Connection: close` is sent, Node's HTTP server calls the socket's
 * `destroySoon`: it closes the socket as soon as our bytes are out. With the client's body still
 * arriving, the kernel then answers those bytes with a reset, which can destroy our answer before
 * the client reads it (the client sees a reset, never the 413). So, for this socket only,
 * `destroySoon` becomes nginx's lingering close: say we are done (FIN), keep dropping what still
 * arrives (Node's parser discards the rest of a finished request's body), and cut the connection
 * when the client closes its side or after LINGER_MS, whichever comes first.
 */
function lingerInsteadOfDestroying(socket: Socket): void {
  socket.destroySoon = function lingeringClose(this: Socket) {
    if (this.destroyed) return;
    this.end();
    this.resume();
    const cut = setTimeout(() => this.destroy(), LINGER_MS);
    cut.unref();
    this.once('close', () => clearTimeout(cut));
  };
}
