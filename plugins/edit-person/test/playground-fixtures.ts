// Fixtures for the playground's tests: the stored metadata through the plugin's own schema, the
// actions as the page offers them (keys and titles from `editPersonActions`), a page's ticket.
import type { ActionFailure, ActionView, PlaygroundTicket } from '@tickets/plugin-kit/widget';
import { editPersonActions, EditPersonStored } from '../src/index.js';

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

export type ActionKey = keyof typeof editPersonActions;

/** Every action of the type, allowed unless `refused` gives the reason it is not. */
export function actionViews(refused: Partial<Record<ActionKey, string>> = {}): ActionView[] {
  return Object.entries(editPersonActions).map(([key, action]) => {
    const reason = refused[key as ActionKey] ?? null;
    return { key, title: action.title, description: action.description, allowed: reason === null, reason };
  });
}

export function actionFailure(
  code: string,
  message: string,
  fieldErrors: { path: string; message: string }[] = [],
  domainCode: string | null = null,
): ActionFailure {
  return Object.assign(new Error(message), { code, domainCode, fieldErrors });
}

const requested = { id: 1001, name: 'Requested', color: '#737278', description: null, category: 'triage', icon: 'status-neutral', state: 'open' } as const;

export const ticket: PlaygroundTicket = {
  id: 42,
  type: 'edit-person',
  typeTitle: "Edit a competitor's profile",
  title: 'Please correct my name',
  state: 'open',
  status: requested,
  version: 3,
  createdBy: { userId: 2, name: 'Rita Lopes' },
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  closedAt: null,
  stakeholders: [],
  statuses: [requested],
  actingAs: { stakeholderId: 2, name: 'WRT', connection: 'assigned', role: 'actioner' },
};
