import type { ProcedureType } from '@trpc/server';
import { rateLimited } from '../rate-limits/rate-limited.js';
import { failedSignInRefusal, type RequestRateLimitScope, type UserBudgetName, userRefusal } from '../rate-limits/request-rate-limits.js';

/** What a procedure declares about itself (`authedProcedure.meta({ rateLimit: 'posts' })`). */
export interface ProcedureMeta {
  /** The per-user budget it spends from, when not the one of its type (queries read, mutations write). */
  rateLimit?: UserBudgetName;
}

export function userBudgetOf(type: ProcedureType, meta: ProcedureMeta | undefined): UserBudgetName {
  return meta?.rateLimit ?? (type === 'query' ? 'reads' : 'writes');
}

/**
 * Spends one call of a signed-in user's budget, before the call reads anything: each call of a
 * batch counts, so a batch over the budget is cut at it. Calls without HTTP (server-side callers)
 * have no scope and are not limited.
 */
export async function spendUserBudget(scope: RequestRateLimitScope | null, userId: number, name: UserBudgetName): Promise<void> {
  if (!scope) return;
  const state = await scope.limits.perUser[name].spend(String(userId));
  scope.spent.push(state);
  if (state.refused) throw rateLimited(state, userRefusal(name, state));
}

/** Counts a refused sign-in against the client's address; over the budget the refusal becomes 429. */
export async function spendFailedSignIn(scope: RequestRateLimitScope | null): Promise<void> {
  if (!scope) return;
  const state = await scope.limits.failedSignIns.spend(scope.clientAddress);
  scope.spent.push(state);
  if (state.refused) throw rateLimited(state, failedSignInRefusal(state));
}
