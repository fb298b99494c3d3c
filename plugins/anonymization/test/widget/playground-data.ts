// What the ticket page hands the playground, built from the plugin's own definitions: the stored
// metadata through its zod schema, the actions from `anonymizationActions`. Free of vitest, so the
// plugin's stories (stories/) use it too.
import type { ActionView, PlaygroundStatus, PlaygroundTicket } from '@tickets/plugin-kit/widget';
import { anonymizationActions, AnonymizationStored, anonymizationPreview, ANONYMIZATION_LIFECYCLE } from '../../src/index.js';

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

type Key = keyof typeof anonymizationActions;

/** The type's actions as the viewer is offered them; `refused` gives the ones not allowed, with the reason. */
export function actionsFixture(refused: Partial<Record<Key, string>> = {}): ActionView[] {
  return (Object.keys(anonymizationActions) as Key[]).map((key) => {
    const action: { title: string; description?: string } = anonymizationActions[key];
    return { key, title: action.title, description: action.description ?? null, allowed: !(key in refused), reason: refused[key] ?? null };
  });
}

const statuses: PlaygroundStatus[] = ANONYMIZATION_LIFECYCLE.statuses.map((status, index) => ({
  id: 10 + index,
  name: status.name,
  color: status.color ?? '#737278',
  description: status.description ?? null,
  category: status.category,
  icon: 'status-neutral',
  state: status.category === 'done' || status.category === 'canceled' ? 'closed' : 'open',
}));

export function ticketFixture(state: 'open' | 'closed' = 'open'): PlaygroundTicket {
  const status = state === 'open' ? statuses[0]! : statuses[1]!;
  return {
    id: 4,
    type: 'anonymization',
    typeTitle: 'Anonymize an account',
    title: 'Please forget me',
    state,
    status,
    version: 3,
    createdBy: { userId: 9, name: 'Rita Schmidt' },
    createdAt: '2026-11-23T10:31:38.000Z',
    updatedAt: '2026-11-23T10:31:38.000Z',
    closedAt: state === 'closed' ? '2026-11-23T11:02:00.000Z' : null,
    stakeholders: [],
    statuses,
    actingAs: { stakeholderId: 2, name: 'WRT', connection: 'assigned', role: 'actioner' },
  };
}

/** How `runAction` fails, as the widgets build it (`toActionFailure`). */
export function actionFailure(message: string, code: string, fieldErrors: { path: string; message: string }[] = [], domainCode: string | null = null): Error {
  return Object.assign(new Error(message), { code, domainCode, fieldErrors });
}
