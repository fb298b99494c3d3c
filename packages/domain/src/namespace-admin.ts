import { DomainError } from './errors.js';
import type { Viewer } from './principals.js';

/*
 * Who administers a namespace. A deployment serves one namespace (one host site), and the host
 * site already names its administrators: its site admins. So a namespace admin is a site admin of
 * the namespace's site. Everyone may read the namespace's statuses and lifecycles; only its admins
 * change them.
 */

/** Whether the viewer may change the namespace's statuses, lifecycles and type attachments. */
export function canAdministerNamespace(viewer: Pick<Viewer, 'isSiteAdmin'>): boolean {
  return viewer.isSiteAdmin;
}

/** Refuses a change to namespace settings by anyone but a namespace admin. */
export function assertNamespaceAdmin(viewer: Pick<Viewer, 'isSiteAdmin' | 'name'>, what: string): void {
  if (!canAdministerNamespace(viewer)) {
    throw new DomainError(
      'forbidden',
      'namespace.admin_only',
      `Only a namespace admin (a site admin of this site) may ${what}. Ask a site admin to do it for you.`,
      { required: 'namespace_admin' },
    );
  }
}

/**
 * Whether the viewer may follow status migrations. A migration's figures count every ticket it
 * moves, and a count shown to anyone but a site admin may only count what they may see: so its
 * progress is for the namespace's admins (site admins, who see every ticket).
 */
export function canFollowStatusMigrations(viewer: Pick<Viewer, 'isSiteAdmin'>): boolean {
  return canAdministerNamespace(viewer);
}

/** Refuses the progress of status migrations to anyone but a namespace admin, saying who may. */
export function assertMayFollowStatusMigrations(viewer: Pick<Viewer, 'isSiteAdmin' | 'name'>): void {
  if (!canFollowStatusMigrations(viewer)) assertNamespaceAdmin(viewer, 'see the progress of status migrations');
}
