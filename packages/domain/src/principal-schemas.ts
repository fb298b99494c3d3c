import { z } from 'zod';
import { SystemReason } from './system-reason.js';

/*
 * The shapes of principals, viewers and actors, as zod schemas. They live apart from the rules in
 * principals.ts, which re-exports them, so that a bundle using only those rules leaves zod out
 * (README, "In the browser").
 */

export const UserId = z.number().int().positive();
export type UserId = z.infer<typeof UserId>;

/**
 * The kind of a principal: `user` and `group` are built in; a plugin may register more (e.g.
 * `competition`, whose members are its Delegates) together with the rule for who belongs to it.
 */
export const PrincipalKind = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, 'A principal kind is a lower-case key such as "user", "group" or "competition".');
export type PrincipalKind = z.infer<typeof PrincipalKind>;

/** Something a ticket can be linked to: a user, a user group, or a plugin-registered kind. */
export const PrincipalRef = z.object({ kind: PrincipalKind, id: z.number().int().positive() });
export type PrincipalRef = z.infer<typeof PrincipalRef>;

/** A principal with the name people know it by (kept in log entries as it was at the time). */
export const PrincipalLabel = PrincipalRef.extend({ name: z.string() });
export type PrincipalLabel = z.infer<typeof PrincipalLabel>;

/**
 * The logged-in person looking at or acting on tickets, as vouched for by the host site.
 * `memberships` lists every non-user principal they belong to: their groups, and for each
 * plugin-registered kind the principals its membership rule says they belong to. One list decides
 * both what they may see and what they may act for.
 */
export const Viewer = z.object({
  userId: UserId,
  name: z.string(),
  isSiteAdmin: z.boolean(),
  memberships: z.array(PrincipalLabel),
});
export type Viewer = z.infer<typeof Viewer>;

/** Whoever made a change: a logged-in user, or the system doing automatic work for a stated reason. */
export const Actor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), userId: UserId, name: z.string() }),
  /** `reason` in English words; `why` its shape, for a reader of another language (absent on entries older than it). */
  z.object({ kind: z.literal('system'), reason: z.string().min(1), why: SystemReason.optional() }),
]);
export type Actor = z.infer<typeof Actor>;
