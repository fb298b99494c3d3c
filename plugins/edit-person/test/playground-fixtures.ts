// Ticket #42 as the page hands it to the playground, built from the type's own definition by the
// kit: the stored metadata through its schema, its lifecycle, its actions. Free of vitest: the
// stories use it too.
import type { Stakeholder, Viewer } from '@tickets/domain';
import { playgroundScene } from '@tickets/plugin-kit/widget/testing';
import editPersonTicketType, { EditPersonStored, TEAM } from '../src/index.js';

export function storedMetadata(overrides: Partial<Record<keyof EditPersonStored, unknown>> = {}): EditPersonStored {
  return EditPersonStored.parse({
    personId: 17,
    wcaId: '2019LOPE01',
    fields: [
      { field: 'name', oldValue: 'Rita Lopes', newValue: 'Rita Lopes Silva' },
      { field: 'gender', oldValue: null, newValue: 'f' },
    ],
    proofUrl: 'https://example.org/passport.pdf',
    profileVersion: '2026-01-05T10:00:00.000Z',
    rejectionReason: null,
    appliedAs: null,
    ...overrides,
  });
}

/** Rita asked (cc, requester); WRT is assigned (actioner). */
const RITA: Stakeholder = { id: 11, principal: { kind: 'user', id: 2, name: 'Rita Lopes' }, connection: 'cc', role: 'requester', isActive: true };
const WRT: Stakeholder = { id: 12, principal: { kind: 'group', id: 1, name: TEAM }, connection: 'assigned', role: 'actioner', isActive: true };
const RITA_VIEWER: Viewer = { userId: 2, name: 'Rita Lopes', isSiteAdmin: false, memberships: [] };

export interface Situation {
  readonly metadata?: EditPersonStored;
  /** The team's actions refused with these reasons; the others are allowed. */
  readonly refused?: Readonly<Record<string, string>>;
  /** Rita on her own request: the team's actions are refused to her by their own rules. */
  readonly requester?: boolean;
  /** The ticket's status by name (default: Requested). */
  readonly status?: string;
}

export function scene({ metadata = storedMetadata(), refused = {}, requester = false, status }: Situation = {}) {
  return playgroundScene(editPersonTicketType, {
    metadata,
    refused,
    ...(status ? { status } : {}),
    stakeholders: [RITA, WRT],
    actingAs: requester ? RITA : WRT,
    ...(requester ? { viewer: RITA_VIEWER } : {}),
    ticket: { title: 'Please correct my name' },
  });
}
