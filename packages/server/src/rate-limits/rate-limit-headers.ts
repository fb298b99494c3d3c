import type { RateLimitState } from './rate-limit-budget.js';

/**
 * The headers of draft-ietf-httpapi-ratelimit-headers (-10/-11: structured-field lists, one member
 * per policy): `RateLimit-Policy: "writes";q=60;w=60` announces each budget the request spent from,
 * `RateLimit: "writes";r=0;t=12` what is left and in how many seconds it is whole again; a refusal
 * adds `Retry-After` (RFC 9110) in seconds, which every HTTP client knows.
 */
export function rateLimitHeaders(states: readonly RateLimitState[]): Record<string, string> {
  const tightest = new Map<string, RateLimitState>();
  // A batch spends from the same budget once per call: report where the last of them left it.
  for (const state of states) {
    const seen = tightest.get(state.policy.name);
    if (!seen || state.remaining < seen.remaining || (state.remaining === seen.remaining && state.resetSeconds > seen.resetSeconds)) {
      tightest.set(state.policy.name, state);
    }
  }
  if (tightest.size === 0) return {};
  const reported = [...tightest.values()];
  const headers: Record<string, string> = {
    'ratelimit-policy': reported.map(({ policy }) => `"${policy.name}";q=${policy.quota};w=${policy.windowSeconds}`).join(', '),
    ratelimit: reported.map((state) => `"${state.policy.name}";r=${state.remaining};t=${state.resetSeconds}`).join(', '),
  };
  const refused = states.filter((state) => state.refused);
  if (refused.length > 0) headers['retry-after'] = String(Math.max(...refused.map((state) => state.resetSeconds)));
  return headers;
}
