import { DomainError } from '@tickets/domain';
import type { RateLimitState } from './rate-limit-budget.js';

/**
 * The refusal of a request over its budget: kind `rate_limited` (tRPC `TOO_MANY_REQUESTS`, HTTP
 * 429), code `rate_limit.<policy>`, and the facts a client needs to wait the right time.
 */
export function rateLimited(state: RateLimitState, message: string): DomainError {
  const { policy } = state;
  return new DomainError('rate_limited', `rate_limit.${policy.name}`, message, {
    policy: policy.name,
    quota: policy.quota,
    windowSeconds: policy.windowSeconds,
    retryAfterSeconds: state.resetSeconds,
  });
}
