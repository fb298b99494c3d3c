import type { Actor, PrincipalRef, UserId, Viewer } from './principal-schemas.js';

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

export function systemActor(reason: string): Actor {
  return { kind: 'system', reason };
}
