import type { Actor, PrincipalRef, UserId, Viewer } from './principal-schemas.js';
import { systemReasonText } from './log-sentence.js';
import type { SystemReason } from './system-reason.js';

export * from './principal-schemas.js';

export const BUILT_IN_PRINCIPAL_KINDS = ['user', 'group'] as const;

export function samePrincipal(a: PrincipalRef, b: PrincipalRef): boolean {
  return a.kind === b.kind && a.id === b.id;
}

export function userPrincipal(userId: UserId): PrincipalRef {
  return { kind: 'user', id: userId };
}

/** Whether the viewer is this principal or belongs to it. */
export function viewerEmbodies(viewer: Viewer, principal: PrincipalRef): boolean {
  if (principal.kind === 'user') return principal.id === viewer.userId;
  return viewer.memberships.some((membership) => samePrincipal(membership, principal));
}

export function userActor(viewer: Pick<Viewer, 'userId' | 'name'>): Actor {
  return { kind: 'user', userId: viewer.userId, name: viewer.name };
}

/** The system as the actor, for a reason given as data (said in each reader's language) or, from an older record, in words. */
export function systemActor(reason: SystemReason | string): Actor {
  return typeof reason === 'string' ? { kind: 'system', reason } : { kind: 'system', reason: systemReasonText(reason), why: reason };
}
