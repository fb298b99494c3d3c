import type { Viewer } from '@tickets/domain';
import { isMemberOfGroup } from '@tickets/plugin-kit';
import { TEAM } from '../lifecycle.js';

/** Whether the person filing may ask to anonymize somebody else: members of the results team and site admins. */
export function mayFileForOthers(requester: Viewer): boolean {
  return requester.isSiteAdmin || isMemberOfGroup(requester, TEAM);
}
