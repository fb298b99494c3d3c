import type { RequestRateLimitScope } from '../rate-limits/request-rate-limits.js';
import type { AppServices } from '../request/app-services.js';
import { openRequestContext, type RequestContext } from '../request/request-context.js';

/** What a procedure works with: the request's context, and what the tRPC middlewares read from the HTTP request. */
export interface Context extends RequestContext {
  /** The raw Authorization header; verified by the `authed` middleware. */
  authorization: string | undefined;
  /** The rate limits this request counts against (null for server-side callers, which have none). */
  rateLimits: RequestRateLimitScope | null;
}

export function createContext(
  services: AppServices,
  authorization: string | undefined,
  requestId: string,
  rateLimits: RequestRateLimitScope | null = null,
  languages: readonly string[] = [],
): Context {
  return { ...openRequestContext(services, requestId, languages), authorization, rateLimits };
}
