// What the ticket page hands the playground, built from the type's own definitions: the stored
// metadata through its zod schema, the statuses from its lifecycle, and each action allowed or
// refused by its own `can` — so the reasons shown are the ones the server gives. Free of vitest,
// so the stories (stories/) use it too.
import { CATEGORIES, type Stakeholder, type Viewer } from '@tickets/domain';
import type { ActionCheckContext } from '@tickets/plugin-kit';
import type { ActionFailure, ActionView, PlaygroundActingAs, PlaygroundStatus, PlaygroundTicket } from '@tickets/plugin-kit/widget';
import ticketType, { BugReportStored, TEAM } from '../src/index.js';

export function storedMetadata(overrides: Partial<Record<keyof BugReportStored, unknown>> = {}): BugReportStored {
  return BugReportStored.parse({
    page: 'https://www.worldcubeassociation.org/results/rankings/333/single',
    description: 'The rankings page shows a 404 instead of the 3x3x3 single rankings.',
    note: null,
    ...overrides,
  });
}

/** The type's statuses as a namespace holds them once its lifecycle is installed (ids as the database might give them). */
export const STATUSES: readonly PlaygroundStatus[] = (ticketType.lifecycle?.statuses ?? []).map((status, index) => ({
  id: 1001 + index,
  name: status.name,
  color: status.color,
  description: status.description ?? null,
  category: status.category,
  icon: CATEGORIES[status.category].icon,
  state: CATEGORIES[status.category].state,
}));

export type StatusName = 'Reported' | 'Confirmed' | 'Fixed' | 'Not a bug' | 'Duplicate';

export function status(name: StatusName): PlaygroundStatus {
  const found = STATUSES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`The bug-report lifecycle has no status '${name}'.`);
  return found;
}

const RITA = { kind: 'user', id: 2, name: 'Rita Lopes' } as const;
const WST = { kind: 'group', id: 2, name: TEAM } as const;

/** Rita reported it (cc, requester); WST is assigned (actioner), as `startingStakeholders` says. */
export const STAKEHOLDERS: readonly Stakeholder[] = [
  { id: 11, principal: RITA, connection: 'cc', role: 'requester', isActive: true },
  { id: 12, principal: WST, connection: 'assigned', role: 'actioner', isActive: true },
];

/** Wes of WST, acting for the team; Rita, who reported it. */
export const AS_TEAM: PlaygroundActingAs = { stakeholderId: 12, name: TEAM, connection: 'assigned', role: 'actioner' };
export const AS_REQUESTER: PlaygroundActingAs = { stakeholderId: 11, name: RITA.name, connection: 'cc', role: 'requester' };

export interface Situation {
  /** Where the ticket is in its lifecycle (its state follows the status's category). */
  readonly status?: StatusName;
  /** Whether the viewer belongs to the team (Wes) or not (Rita). */
  readonly member?: boolean;
}

/** Every action of the type as the page offers it: allowed, or refused with the reason its own `can` gives. */
export function actionViews({ status: statusName = 'Reported', member = true }: Situation = {}): ActionView[] {
  const current = status(statusName);
  const viewer: Viewer = member
    ? { userId: 7, name: 'Wes Turner', isSiteAdmin: false, memberships: [WST] }
    : { userId: RITA.id, name: RITA.name, isSiteAdmin: false, memberships: [] };
  const context: ActionCheckContext<BugReportStored> = {
    viewer,
    actingAs: STAKEHOLDERS[member ? 1 : 0]!,
    stakeholders: STAKEHOLDERS,
    ticket: { id: 42, state: current.state, status: { id: current.id, name: current.name, category: current.category } },
    metadata: storedMetadata(),
  };
  return Object.entries(ticketType.actions ?? {}).map(([key, action]) => {
    // Widened: an action may or may not declare a description.
    const { title, description }: { title: string; description?: string } = action;
    const verdict = action.can(context);
    return { key, title, description: description ?? null, allowed: verdict === true, reason: verdict === true ? null : verdict };
  });
}

/** How `runAction` rejects, as the widgets' `toActionFailure` builds it. */
export function actionFailure(code: string, message: string, fieldErrors: { path: string; message: string }[] = [], domainCode: string | null = null): ActionFailure {
  return Object.assign(new Error(message), { code, domainCode, fieldErrors });
}

/** Ticket #42 in a status of the type's lifecycle, as the viewer acting as `actingAs` sees it. */
export function ticketIn(statusName: StatusName = 'Reported', actingAs: PlaygroundActingAs = AS_TEAM): PlaygroundTicket {
  const current = status(statusName);
  return {
    id: 42,
    type: ticketType.type,
    typeTitle: ticketType.title,
    title: 'Rankings page broken',
    state: current.state,
    status: current,
    version: 1,
    createdBy: { userId: RITA.id, name: RITA.name },
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    closedAt: current.state === 'closed' ? '2026-01-06T09:00:00.000Z' : null,
    stakeholders: STAKEHOLDERS,
    statuses: STATUSES,
    actingAs,
  };
}

export const ticket: PlaygroundTicket = ticketIn();
