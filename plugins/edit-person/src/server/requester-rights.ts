import type { Viewer } from '@tickets/domain';
import { isMemberOfGroup } from '@tickets/plugin-kit';
import { TEAM } from '../lifecycle.js';

/** Members of the results team and site admins may file changes to anyone's profile, without proof. */
export function mayEditOthersProfiles(requester: Viewer): boolean {
  return requester.isSiteAdmin || isMemberOfGroup(requester, TEAM);
}
