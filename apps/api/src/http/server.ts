import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { allowedOrigins } from '../config.js';
import { type AppServices, createRequestContext } from '../trpc/context.js';
import { appRouter } from '../trpc/root.js';
import { applyCors } from './cors.js';
import { isDatabaseUnavailable } from '../db/database-unavailable.js';
import { intakeRoute } from '../modules/intake/intake-route.js';
import { openApiRoute } from '../modules/intake/openapi.js';

/** Extra routes another part of the product mounts next to the API (the demo page, intake). */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export function createHttpServer(services: AppServices, routes: Route[] = []): Server {
  const origins = allowedOrigins(services.config);
  const trpc: RequestListener = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext: ({ req }) => createRequestContext(services, req.headers.authorization, requestIdOf(req)),
  });
  // Server-to-server intake and its contract, before the routes a host mounts.
  const builtIn: Route[] = [intakeRoute(services), openApiRoute(services.ticketTypes)];

  return createServer(async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.on('finish', () => {
      services.logger.debug({ method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    try {
      if (url.pathname.startsWith('/trpc/')) {
        if (applyCors(req, res, origins)) return;
        return trpc(req, res);
      }
      if (url.pathname === '/health') return await health(services, res);
      for (const route of [...builtIn, ...routes]) if (await route(req, res, url)) return;
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `Nothing at ${url.pathname}. The API is at /trpc.` }));
    } catch (error) {
      services.logger.error({ err: error, path: url.pathname }, 'request failed');
      // A route a host mounts may meet the database down too: that is "try again", not a defect.
      const unavailable = isDatabaseUnavailable(error);
      if (!res.headersSent) res.writeHead(unavailable ? 503 : 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: unavailable ? 'The ticket database cannot be reached right now; try again in a moment.' : 'Something went wrong on our side.' }));
    }
  });
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && given.length <= 64 ? given : randomUUID();
}

async function health(services: AppServices, res: ServerResponse): Promise<void> {
  try {
    await services.orm.em.getConnection().execute('select 1');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
  } catch {
    res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unavailable', reason: 'The database does not answer.' }));
  }
}
