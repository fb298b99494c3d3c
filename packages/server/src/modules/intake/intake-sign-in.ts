import type { IncomingMessage } from 'node:http';
import { rateLimitHeaders } from '../../rate-limits/rate-limit-headers.js';
import type { RateLimitState } from '../../rate-limits/rate-limit-budget.js';
import { failedSignInRefusal, type RequestRateLimits } from '../../rate-limits/request-rate-limits.js';
import type { AppServices } from '../../request/app-services.js';
import { type ApiKeyInfo, authenticateApiKey } from './api-key-store.js';
import { IntakeError } from './intake-error.js';
import { IntakeRateLimit } from './rate-limit.js';

export interface SignedIn {
  apiKey: ApiKeyInfo;
  /** The RateLimit headers of the key's budget, for the answer. */
  headers: Record<string, string>;
}

function tooManyFailures(state: RateLimitState): IntakeError {
  return new IntakeError(429, 'TOO_MANY_REQUESTS', failedSignInRefusal(state), [], rateLimitHeaders([state]), `rate_limit.${state.policy.name}`);
}

/**
 * Who is filing: the API key, behind two limits. An address whose requests were refused for a
 * missing, unknown or revoked key RATE_LIMIT_FAILED_SIGN_INS times this minute is refused before
 * the key is looked up, so guessing keys costs the database nothing; then each key spends from its
 * own budget (INTAKE_RATE_LIMIT) before the body is read.
 */
export function intakeSignIn(services: AppServices, limits: RequestRateLimits): (req: IncomingMessage) => Promise<SignedIn> {
  const perKey = new IntakeRateLimit(services.config.INTAKE_RATE_LIMIT);
  return async (req) => {
    const address = limits.addresses.of(req);
    const standing = await limits.failedSignIns.peek(address);
    if (standing.refused) throw tooManyFailures(standing);
    let apiKey: ApiKeyInfo;
    try {
      apiKey = await authenticateApiKey(services.orm.em.fork(), req.headers);
    } catch (error) {
      if (!(error instanceof IntakeError) || error.status !== 401) throw error;
      const state = await limits.failedSignIns.spend(address);
      if (state.refused) throw tooManyFailures(state);
      throw new IntakeError(error.status, error.code, error.message, error.fieldErrors, { ...error.headers, ...rateLimitHeaders([state]) }, error.domainCode);
    }
    return { apiKey, headers: rateLimitHeaders([await perKey.spend(apiKey.id, apiKey.prefix)]) };
  };
}
