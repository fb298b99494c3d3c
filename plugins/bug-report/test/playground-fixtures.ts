// Ticket #42 as the page hands it to the playground, built from the type's own definition by the
// kit (its lifecycle; each action judged by its own `can`). Free of vitest: the stories use it too.
import type { Stakeholder, Viewer } from '@tickets/domain';
import { playgroundScene } from '@tickets/plugin-kit/widget/testing';
import ticketType, { BugReportStored, TEAM } from '../src/index.js';

export const PAGE = 'https://www.worldcubeassociation.org/results/rankings/333/single';

export function storedMetadata(overrides: Partial<BugReportStored> = {}): BugReportStored {
  return BugReportStored.parse({ page: PAGE, description: 'The rankings page shows a 404 instead of the 3x3x3 single rankings.', note: null, ...overrides });
}

/** Rita reported it (cc, requester); WST is assigned (actioner), as `startingStakeholders` says. */
const RITA: Stakeholder = { id: 11, principal: { kind: 'user', id: 2, name: 'Rita Lopes' }, connection: 'cc', role: 'requester', isActive: true };
const WST: Stakeholder = { id: 12, principal: { kind: 'group', id: 2, name: TEAM }, connection: 'assigned', role: 'actioner', isActive: true };
const WES: Viewer = { userId: 7, name: 'Wes Turner', isSiteAdmin: false, memberships: [WST.principal] };
const RITA_VIEWER: Viewer = { userId: 2, name: 'Rita Lopes', isSiteAdmin: false, memberships: [] };

export interface Situation {
  readonly status?: 'Reported' | 'Confirmed' | 'Fixed';
  /** Wes of WST, acting for the team; or Rita, who reported it. */
  readonly member?: boolean;
  readonly note?: string;
}

export function scene({ status = 'Reported', member = true, note }: Situation = {}) {
  return playgroundScene(ticketType, {
    metadata: storedMetadata(note === undefined ? {} : { note }),
    status,
    stakeholders: [RITA, WST],
    actingAs: member ? WST : RITA,
    viewer: member ? WES : RITA_VIEWER,
    ticket: { title: 'Rankings page broken' },
  });
}
