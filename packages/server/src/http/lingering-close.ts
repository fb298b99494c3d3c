import type { IncomingMessage } from 'node:http';

/** How long a connection answered before its body arrived keeps draining before it is cut. */
const LINGER_MS = 2000;

/**
 * Closes the connection of a request answered before its body arrived (a 413, a 401), without
 * reading the rest. Closing at once would make the kernel answer the bytes still coming with a
 * reset, which can destroy our answer before the client reads it; so, like nginx's lingering
 * close, this says we are done (FIN), drops what still arrives, and cuts the connection when the
 * client closes its side or after LINGER_MS, whichever comes first.
 */
export function lingeringClose(req: IncomingMessage): void {
  const socket = req.socket;
  if (socket.destroyed) return;
  socket.end();
  req.resume();
  const cut = setTimeout(() => socket.destroy(), LINGER_MS);
  cut.unref();
  socket.once('close', () => clearTimeout(cut));
}
