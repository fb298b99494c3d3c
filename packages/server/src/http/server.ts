import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { sql } from '@tickets/sql';
import { allowedOrigins } from '../config.js';
import type { AppServices } from '../request/app-services.js';
import { createContext } from '../trpc/context.js';
import { appRouter } from '../trpc/root.js';
import { applyCors } from './cors.js';
import { isDatabaseUnavailable } from '../db/database-unavailable.js';
import { sqlOf } from '../db/sql-client.js';
import { intakeRoute } from '../modules/intake/intake-route.js';
import { openApiRoute } from '../modules/intake/openapi.js';
import { rateLimitHeaders } from '../rate-limits/rate-limit-headers.js';
import { RequestRateLimits } from '../rate-limits/request-rate-limits.js';
import { batchRefusal } from './batch-limit.js';
import { declaredBodyRefusal, watchStreamedBody } from './body-limit.js';
import { clientErrorHandler } from './client-error.js';
import { closeWhenAnsweredEarly } from './lingering-close.js';
import { refuse } from './refusal.js';
import { serverOptions } from './server-options.js';
import { readerLanguages } from '../request/reader-languages.js';

/** Extra routes another part of the product mounts next to the API (the demo page, intake). */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export function createHttpServer(services: AppServices, routes: Route[] = []): Server {
  const origins = allowedOrigins(services.config);
  // One set of budgets per process: every request of this server counts against the same ones.
  const rateLimits = new RequestRateLimits(services.config);
  const trpc: RequestListener = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    // Also enforced below, with a sentence and before tRPC sees the request; these stop tRPC
    // buffering past the limit should a request get by.
    maxBodySize: services.config.HTTP_MAX_BODY_BYTES,
    maxBatchSize: services.config.TRPC_MAX_BATCH_SIZE,
    createContext: ({ req, info }) =>
      createContext(
        services,
        req.headers.authorization ?? subscriptionAuthorization(info.connectionParams),
        requestIdOf(req),
        {
          limits: rateLimits,
          clientAddress: rateLimits.addresses.of(req),
          spent: [],
        },
        // An EventSource sends the browser's languages, not the page's: the widget names them as a parameter.
        readerLanguages(info.connectionParams?.['languages'] || req.headers['accept-language']),
      ),
    // Every answer says what is left of the budgets its calls spent from; a refusal also says when to retry.
    responseMeta: ({ ctx }) => {
      const headers = new Headers(rateLimitHeaders(ctx?.rateLimits?.spent ?? []));
      // tRPC sets its own Vary, which replaces the one CORS set: add Origin to it (appended, not replaced).
      headers.append('vary', 'Origin');
      // Its words are in the reader's language.
      headers.append('vary', 'Accept-Language');
      return { headers };
    },
  });
  // Server-to-server intake and its contract, before the routes a host mounts.
  const builtIn: Route[] = [intakeRoute(services, rateLimits), openApiRoute(services.ticketTypes)];

  const maxBodyBytes = services.config.HTTP_MAX_BODY_BYTES;
  const server = createServer(serverOptions(services.config), async (req, res) => {
    const started = performance.now();
    let path = '(not a URL)';
    // Every answer says what it is: a browser must never sniff a JSON error holding user text into HTML.
    res.setHeader('x-content-type-options', 'nosniff');
    closeWhenAnsweredEarly(req, res);
    res.on('finish', () => {
      services.logger.debug({ method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    try {
      // Parsed inside the guard: a request target such as `//[` or `http://[` is not a URL.
      const url = parseTarget(req.url);
      if (!url) {
        // Whatever sent this is not a client to keep a connection open for.
        res.setHeader('connection', 'close');
        return refuse(res, { code: 'BAD_REQUEST', message: 'The request target is not a valid URL path; send a path such as /trpc/me.' }, null);
      }
      path = url.pathname;
      const trpcPath = url.pathname.startsWith('/trpc/') ? url.pathname.slice('/trpc/'.length) : null;
      if (trpcPath !== null && applyCors(req, res, origins)) return;
      const tooLarge = declaredBodyRefusal(req, maxBodyBytes);
      if (tooLarge) return refuse(res, tooLarge, trpcPath);
      if (trpcPath !== null) {
        const tooManyCalls = batchRefusal(trpcPath, url.searchParams, services.config.TRPC_MAX_BATCH_SIZE);
        if (tooManyCalls) return refuse(res, tooManyCalls, trpcPath);
        watchStreamedBody(req, maxBodyBytes, (refusal) => refuse(res, refusal, trpcPath));
        return trpc(req, res);
      }
      if (url.pathname === '/health') return await health(services, res);
      for (const route of [...builtIn, ...routes]) if (await route(req, res, url)) return;
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `Nothing at ${url.pathname}. The API is at /trpc.` }));
    } catch (error) {
      services.logger.error({ err: error, path }, 'request failed');
      // A route a host mounts may meet the database down too: that is "try again", not a defect.
      const unavailable = isDatabaseUnavailable(error);
      if (!res.headersSent) res.writeHead(unavailable ? 503 : 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: unavailable ? 'The ticket database cannot be reached right now; try again in a moment.' : 'Something went wrong on our side.' }));
    }
  });
  // What Node's parser refuses never reaches the listener above; without this it would only be
  // answered by Node's defaults, unlogged.
  server.on('clientError', clientErrorHandler(services.logger));
  return server;
}

function parseTarget(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && given.length <= 64 ? given : randomUUID();
}

async function health(services: AppServices, res: ServerResponse): Promise<void> {
  try {
    await sqlOf(services.orm.em.fork()).run(sql`select 1`);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
  } catch {
    res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unavailable', reason: 'The database does not answer.' }));
  }
}

/**
 * A browser's EventSource cannot send headers: a subscription's token comes in its connection
 * parameters (`{ token }`, what the widgets' subscription link sends) instead of `Authorization`.
 */
function subscriptionAuthorization(params: Readonly<Record<string, string | undefined>> | null): string | undefined {
  const token = params?.['token'];
  return typeof token === 'string' && token !== '' ? `Bearer ${token}` : undefined;
}
