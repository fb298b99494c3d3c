import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { IntakeError } from './intake-error.js';

/**
 * Requests per API key per minute, counted in this process's memory (rate-limiter-flexible). One
 * API process serves a deployment, so memory is exact here; with several processes each would
 * allow the limit, and its Postgres store would be the switch to make.
 */
export class IntakeRateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(readonly perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: 'intake' });
  }

  /** Counts one request of this key, or refuses it with 429 and when to try again. */
  async consume(apiKeyId: number, prefix: string): Promise<void> {
    try {
      await this.limiter.consume(String(apiKeyId));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new IntakeError(429, 'TOO_MANY_REQUESTS', `The API key ${prefix} may make ${this.perMinute} requests a minute. Try again in ${seconds} s.`, [], {
        'retry-after': String(seconds),
      });
    }
  }
}
