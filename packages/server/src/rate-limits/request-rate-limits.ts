import type { Config } from '../config.js';
import { ClientAddresses } from './client-address.js';
import { RateLimitBudget, type RateLimitState } from './rate-limit-budget.js';

/** Every budget counts a minute: "in the last minute" is what the refusals say. */
export const WINDOW_SECONDS = 60;

/**
 * Which per-user budget a tRPC procedure spends from: queries `reads`, mutations `writes`, and
 * `posts` for the mutations that create content and mail people about it (`tickets.create`,
 * `comments.add`), so that a runaway client cannot turn the server into a mail cannon.
 */
export type UserBudgetName = 'reads' | 'writes' | 'posts';

const USER_REFUSALS: Record<UserBudgetName, (quota: number, seconds: number) => string> = {
  reads: (quota, seconds) => `You have made too many requests in the last minute (at most ${quota} reads a minute); try again in ${seconds} s.`,
  writes: (quota, seconds) => `You have made too many changes in the last minute (at most ${quota} a minute); try again in ${seconds} s.`,
  posts: (quota, seconds) =>
    `You have filed too many tickets and comments in the last minute (at most ${quota} a minute, as each one sends mail); try again in ${seconds} s.`,
};

/** The budgets of one API process, shared by every request it serves. */
export class RequestRateLimits {
  readonly perUser: Record<UserBudgetName, RateLimitBudget>;
  /** Requests refused for a missing or bad token or API key, per client address. */
  readonly failedSignIns: RateLimitBudget;
  readonly addresses: ClientAddresses;

  constructor(config: Config) {
    const budget = (name: string, quota: number) => new RateLimitBudget({ name, quota, windowSeconds: WINDOW_SECONDS });
    this.perUser = {
      reads: budget('reads', config.RATE_LIMIT_READS),
      writes: budget('writes', config.RATE_LIMIT_WRITES),
      posts: budget('posts', config.RATE_LIMIT_POSTS),
    };
    this.failedSignIns = budget('failed-sign-ins', config.RATE_LIMIT_FAILED_SIGN_INS);
    this.addresses = new ClientAddresses(config.TRUSTED_PROXIES ?? []);
  }
}

export function userRefusal(name: UserBudgetName, state: RateLimitState): string {
  return USER_REFUSALS[name](state.policy.quota, state.resetSeconds);
}

export function failedSignInRefusal(state: RateLimitState): string {
  return (
    `Too many requests from your address were refused for a missing or wrong token or API key in the last minute ` +
    `(at most ${state.policy.quota} a minute); check what you send, and try again in ${state.resetSeconds} s.`
  );
}

/** One HTTP request's part in the limits: who sent it, and each budget it spent from (its headers). */
export interface RequestRateLimitScope {
  limits: RequestRateLimits;
  clientAddress: string;
  spent: RateLimitState[];
}
