import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Lets the configured host pages call the API from a browser, and nobody else. Returns true when
 * the request was a preflight and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin && allowed.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Headers', 'accept-language, authorization, content-type, trpc-accept, x-trpc-source');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Max-Age', '600');
  }
  if (req.method === 'OPTIONS') {
    res.statusCode = origin && allowed.includes(origin) ? 204 : 403;
    res.end();
    return true;
  }
  return false;
}
