import { CATEGORIES, type PluginLifecycle, type Stakeholder, type Viewer } from '@tickets/domain';
import type { Messages } from '../../messages/messages.js';
import type { TicketActionDefinition } from '../../ticket-action.js';
import { refusalSentence, typeWords } from '../../type-words.js';
import type { ActionView, PlaygroundProps, PlaygroundStatus, PlaygroundTicket } from '../playground.js';

/** The parts of a ticket type a scene is built from: its lifecycle and its actions' titles and `can` rules. */
export interface SceneTicketType<Metadata> {
  readonly type: string;
  readonly title: string;
  readonly lifecycle?: PluginLifecycle;
  readonly actions?: Readonly<Record<string, Pick<TicketActionDefinition<Metadata>, 'title' | 'description' | 'can'>>>;
  /** The English of its refusals (the definition's `words`). */
  readonly words?: Messages;
}

export interface PlaygroundScene<Metadata> {
  readonly metadata: Metadata;
  /** The stakeholder the viewer acts as; one of `stakeholders`. */
  readonly actingAs: Stakeholder;
  readonly stakeholders?: readonly Stakeholder[];
  /** The ticket's status by name (default: the lifecycle's open default). */
  readonly status?: string;
  /** Given, each action is judged by its own `can` for this viewer, as the server would. */
  readonly viewer?: Viewer;
  /** Actions refused with these reasons, whatever `can` says; without a viewer, the others are allowed. */
  readonly refused?: Readonly<Record<string, string>>;
  /** Anything else of the ticket, e.g. its title or id. */
  readonly ticket?: Partial<Omit<PlaygroundTicket, 'status' | 'statuses' | 'state' | 'actingAs' | 'stakeholders'>>;
}

/** A type's lifecycle as a namespace holds it once installed (ids as the database might give them). */
export function playgroundStatuses(lifecycle: PluginLifecycle | undefined): PlaygroundStatus[] {
  // A type without a lifecycle follows the namespace's system lifecycle; its first status stands for it.
  const statuses: PluginLifecycle['statuses'] = lifecycle?.statuses ?? [{ name: 'To do', category: 'to_do', color: '#737278' }];
  return statuses.map((status, index) => ({
    id: index + 1,
    name: status.name,
    color: status.color,
    description: status.description ?? null,
    category: status.category,
    icon: CATEGORIES[status.category].icon,
    state: CATEGORIES[status.category].state,
  }));
}

/**
 * What the ticket page hands a view, built from the type's own definition: its lifecycle's statuses
 * and each of its actions offered as the server would offer it — so the reasons shown are its own.
 */
export function playgroundScene<Metadata>(ticketType: SceneTicketType<NoInfer<Metadata>>, scene: PlaygroundScene<Metadata>): Pick<PlaygroundProps<Metadata>, 'ticket' | 'metadata' | 'actions'> {
  const statuses = playgroundStatuses(ticketType.lifecycle);
  const statusName = scene.status ?? ticketType.lifecycle?.defaults.open;
  const status = statuses.find((candidate) => candidate.name === statusName) ?? statuses[0]!;
  const stakeholders = scene.stakeholders ?? [scene.actingAs];
  const { actingAs, viewer, metadata } = scene;
  const ticket: PlaygroundTicket = {
    id: 42,
    type: ticketType.type,
    typeTitle: ticketType.title,
    title: `A ticket of type ${ticketType.type}`,
    version: 1,
    createdBy: { userId: 2, name: 'Rita Lopes' },
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    closedAt: status.state === 'closed' ? '2026-01-06T09:00:00.000Z' : null,
    ...scene.ticket,
    state: status.state,
    status,
    statuses,
    stakeholders,
    actingAs: { stakeholderId: actingAs.id, name: actingAs.principal.name, connection: actingAs.connection, role: actingAs.role },
  };
  const words = typeWords(ticketType, undefined, ['en']);
  const actions: ActionView[] = Object.entries(ticketType.actions ?? {}).map(([key, action]) => {
    const judged = viewer
      ? action.can({ viewer, actingAs, stakeholders, metadata, ticket: { id: ticket.id, state: status.state, status: { id: status.id, name: status.name, category: status.category } } })
      : true;
    const verdict = scene.refused?.[key] ?? judged;
    return { key, title: action.title, description: action.description ?? null, allowed: verdict === true, reason: verdict === true ? null : refusalSentence(verdict, words) };
  });
  return { ticket, metadata, actions };
}
