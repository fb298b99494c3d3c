import { rateLimitHeaders } from '../../rate-limits/rate-limit-headers.js';
import { RateLimitBudget, type RateLimitState } from '../../rate-limits/rate-limit-budget.js';
import { WINDOW_SECONDS } from '../../rate-limits/request-rate-limits.js';
import { IntakeError } from './intake-error.js';

/**
 * Requests per API key per minute (INTAKE_RATE_LIMIT), spent right after the key is known and
 * before the body is read or anything is filed. In this process's memory, like every budget of
 * the API (see rate-limits/rate-limit-budget.ts for a deployment of several processes).
 */
export class IntakeRateLimit {
  private readonly budget: RateLimitBudget;

  constructor(readonly perMinute: number) {
    this.budget = new RateLimitBudget({ name: 'intake', quota: perMinute, windowSeconds: WINDOW_SECONDS });
  }

  /** Counts one request of this key, or refuses it with 429 and when to try again. */
  async spend(apiKeyId: number, prefix: string): Promise<RateLimitState> {
    const state = await this.budget.spend(String(apiKeyId));
    if (state.refused) {
      const message = `The API key ${prefix} may make ${this.perMinute} requests a minute. Try again in ${state.resetSeconds} s.`;
      throw new IntakeError(429, 'TOO_MANY_REQUESTS', message, [], rateLimitHeaders([state]), 'rate_limit.intake');
    }
    return state;
  }
}
