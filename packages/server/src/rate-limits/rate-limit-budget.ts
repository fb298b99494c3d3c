import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** What one budget allows, as the `RateLimit-Policy` header announces it. */
export interface RateLimitPolicy {
  /** Its name in the headers and in the refusal's `data.domain.code` (`rate_limit.<name>`). */
  name: string;
  /** Requests allowed per window. */
  quota: number;
  windowSeconds: number;
}

/** Where one key stands in a budget after a request: what the `RateLimit` header reports. */
export interface RateLimitState {
  policy: RateLimitPolicy;
  remaining: number;
  /** Seconds until the window ends and the whole quota is back (at least 1). */
  resetSeconds: number;
  /** This request was over the quota and must be refused. */
  refused: boolean;
}

/**
 * One budget, counted per key (a user, an address, an API key) in fixed windows, in this process's
 * memory (rate-limiter-flexible). In memory because one API process serves a deployment; several
 * processes would each allow the whole quota, and would share a `RateLimiterPostgres` instead.
 */
export class RateLimitBudget {
  private readonly limiter: RateLimiterMemory;

  constructor(readonly policy: RateLimitPolicy) {
    this.limiter = new RateLimiterMemory({ points: policy.quota, duration: policy.windowSeconds, keyPrefix: policy.name });
  }

  /** Spends one request of the key's quota; `refused` when there was none left. */
  async spend(key: string): Promise<RateLimitState> {
    try {
      return this.stateOf(await this.limiter.consume(key), false);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return this.stateOf(rejection, true);
    }
  }

  /**
   * The key's state without spending anything, `refused` when its quota is already used up: for
   * refusing before work whose outcome decides whether it counts (an API key's database lookup).
   */
  async peek(key: string): Promise<RateLimitState> {
    const res = await this.limiter.get(key);
    if (!res) return { policy: this.policy, remaining: this.policy.quota, resetSeconds: this.policy.windowSeconds, refused: false };
    return this.stateOf(res, res.consumedPoints >= this.policy.quota);
  }

  private stateOf(res: RateLimiterRes, refused: boolean): RateLimitState {
    return {
      policy: this.policy,
      remaining: Math.max(0, res.remainingPoints),
      resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
      refused,
    };
  }
}
