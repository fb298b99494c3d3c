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
