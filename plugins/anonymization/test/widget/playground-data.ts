// Ticket #4 as the page hands it to the playground, built from the type's own definition by the
// kit: the stored metadata through its schema, its lifecycle, its actions. Free of vitest: the
// stories (stories/) use it too.
import type { Stakeholder } from '@tickets/domain';
import { playgroundScene } from '@tickets/plugin-kit/widget/testing';
import { AnonymizationStored, anonymizationPreview, anonymizationType, TEAM } from '../../src/index.js';

export const TAKEN_AT = '2026-11-23T10:31:38.000Z';

/** Stored metadata as `tickets.get` returns it, parsed (and so checked) by the type's schema. */
export function storedFixture(overrides: Partial<Record<keyof AnonymizationStored, unknown>> = {}): AnonymizationStored {
  const scope = (overrides.scope as AnonymizationStored['scope'] | undefined) ?? 'account_and_profile';
  const entries = anonymizationPreview(scope, {
    user: { id: 9, name: 'Rita Schmidt', email: 'rita@example.org', anonymizedAt: null },
    person: { id: 1, name: 'Rita Schmidt', dateOfBirth: '1990-04-02', gender: null },
    personHistoryCount: 3,
  });
  return AnonymizationStored.parse({
    userId: 9,
    personId: 1,
    scope,
    reason: 'I no longer compete.',
    preview: { takenAt: TAKEN_AT, entries },
    anonymizedAt: null,
    rejectionReason: null,
    ...overrides,
  });
}

const RITA: Stakeholder = { id: 11, principal: { kind: 'user', id: 9, name: 'Rita Schmidt' }, connection: 'cc', role: 'requester', isActive: true };
const WRT: Stakeholder = { id: 12, principal: { kind: 'group', id: 1, name: TEAM }, connection: 'assigned', role: 'actioner', isActive: true };

export interface Situation {
  readonly metadata?: AnonymizationStored;
  /** The team's actions refused with these reasons; the others are allowed. */
  readonly refused?: Readonly<Record<string, string>>;
  /** Closed: anonymized. */
  readonly closed?: boolean;
  /** Rita, who asked to be forgotten, rather than the results team. */
  readonly requester?: boolean;
}

export function scene({ metadata = storedFixture(), refused = {}, closed = false, requester = false }: Situation = {}) {
  return playgroundScene(anonymizationType, {
    metadata,
    refused,
    status: closed ? 'Anonymized' : 'Requested',
    stakeholders: [RITA, WRT],
    actingAs: requester ? RITA : WRT,
    ticket: { id: 4, title: 'Please forget me', createdBy: { userId: 9, name: 'Rita Schmidt' } },
  });
}
