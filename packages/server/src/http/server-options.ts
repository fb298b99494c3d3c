import type { ServerOptions } from 'node:http';
import type { Config } from '../config.js';

/**
 * How long and how large one request may be, so a client trickling bytes (slowloris) or sending
 * huge headers cannot hold a connection or memory for ever. Node answers 408 / 431 itself
 * (through `clientErrorHandler`).
 */
export function serverOptions(config: Config): ServerOptions {
  return {
    headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
    // Covers the body too: a request not complete by then is answered 408 and its socket closed.
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    maxHeaderSize: config.HTTP_MAX_HEADER_BYTES,
    // Node checks the two timeouts above on this interval (30 s by default), so a short timeout
    // would otherwise only be noticed up to 30 s late.
    connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(config.HTTP_HEADERS_TIMEOUT_MS / 2))),
  };
}
