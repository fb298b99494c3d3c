// What a ticket type's playground (the part of the ticket page that belongs to the type, e.g. the
// results team's "apply the name change" form) receives and how a plugin declares one. React
// appears here as a type only, and nothing of zod: the API imports the type's definition, never this.
import type { Category, Connection, Stakeholder, StakeholderRole, TicketState } from '@tickets/domain';
import type { ComponentType } from 'react';
import type { MessageBundle } from '../messages/messages.js';

/** A status as the widgets show it: its category decides its icon and the ticket's state. */
export interface PlaygroundStatus {
  readonly id: number;
  readonly name: string;
  readonly color: string;
  readonly description: string | null;
  readonly category: Category;
  /** The category's icon name, e.g. `status-running`. */
  readonly icon: string;
  readonly state: TicketState;
}

/** The stakeholder the viewer acts as on this page (their choice when they match several). */
export interface PlaygroundActingAs {
  readonly stakeholderId: number;
  readonly name: string;
  readonly connection: Connection;
  readonly role: StakeholderRole;
}

/** The parts of the ticket (as `tickets.get` returns it) a playground may read. */
export interface PlaygroundTicket {
  readonly id: number;
  readonly type: string;
  readonly typeTitle: string;
  readonly title: string;
  readonly state: TicketState;
  readonly status: PlaygroundStatus;
  /** The version the page holds; the host sends it with every change, so a playground need not. */
  readonly version: number;
  readonly createdBy: { readonly userId: number; readonly name: string };
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  readonly stakeholders: readonly Stakeholder[];
  /** The statuses of the ticket's lifecycle, in lifecycle order. */
  readonly statuses: readonly PlaygroundStatus[];
  readonly actingAs: PlaygroundActingAs;
}

/** One of the type's actions as the viewer is offered it: greyed out, with the reason, when not allowed. */
export interface ActionView {
  readonly key: string;
  readonly title: string;
  readonly description: string | null;
  readonly allowed: boolean;
  /** Why not, in words a person reads, when not allowed. */
  readonly reason: string | null;
}

/** A field of an action's input the server refused, by its path (e.g. `input.name`). */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/**
 * How `runAction` fails: an Error whose message a person can act on (the page shows it too), the
 * API's error code, and for refused input each field with what is wrong, so a form can show it
 * next to the field.
 */
export interface ActionFailure extends Error {
  readonly code: string;
  /** The broken domain rule's stable code (e.g. `edit_person.out_of_sync`), when a rule refused it. */
  readonly domainCode: string | null;
  readonly fieldErrors: readonly FieldError[];
}

export function isActionFailure(error: unknown): error is ActionFailure {
  return error instanceof Error && typeof (error as Partial<ActionFailure>).code === 'string' && Array.isArray((error as Partial<ActionFailure>).fieldErrors);
}

/** What the host page hands a playground view. */
export interface PlaygroundProps<Metadata = unknown> {
  readonly ticket: PlaygroundTicket;
  /** The type's stored metadata for this ticket (null for a type that keeps none). */
  readonly metadata: Metadata;
  /** The type's actions for the stakeholder the viewer acts as, each allowed or not (with the reason). */
  readonly actions: readonly ActionView[];
  /**
   * Runs one of the type's actions as the acting stakeholder with the ticket's current version.
   * Resolves once it is stored and the page has reloaded the ticket; rejects with an `ActionFailure`.
   */
  runAction(key: string, input?: unknown): Promise<void>;
  /** True while a change to the ticket is on its way: disable the buttons that would send another. */
  readonly busy: boolean;
}

/** A playground view: a React component. */
export type PlaygroundView<Metadata = unknown> = ComponentType<PlaygroundProps<Metadata>>;

/** The views of a type, by the role of the stakeholder the viewer acts as; none (or null) shows nothing. */
export type PlaygroundViews<Metadata = unknown> = { readonly [Role in StakeholderRole]?: PlaygroundView<Metadata> | null };

export interface PlaygroundDefinition<Metadata = unknown> {
  /** The ticket type's key, as in its `defineTicketType`. */
  readonly type: string;
  readonly views: PlaygroundViews<Metadata>;
  /**
   * The type's own words (`defineMessages('<type>', en, { es: () => import(…), … })`), when its views
   * speak through `useMessages`: the page loads the reader's catalog before a view first renders.
   */
  readonly messages?: MessageBundle;
}

/**
 * Any type's playground, as a registry holds them: the host page passes the plugins' `./widget`
 * exports as a list of these, whatever metadata each expects. (`any` as in React's own
 * `ComponentType<any>`: each view expects its own type's metadata, which the host passes through
 * untouched, and a component class's `defaultProps` makes the view type invariant in it.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPlaygroundDefinition = PlaygroundDefinition<any>;

const TYPE_KEY = /^[a-z][a-z0-9-]{1,63}$/;
const ROLES: readonly StakeholderRole[] = ['requester', 'actioner'];

/**
 * Declares a ticket type's playground. Checks the declaration at once, with a message naming the
 * type, so a broken plugin fails where it is imported instead of on the first ticket page.
 *
 * ```tsx
 * export const playground = definePlayground<EditPersonStored>({
 *   type: 'edit-person',
 *   views: { actioner: ReviewChange, requester: null },
 * });
 * ```
 */
export function definePlayground<Metadata = unknown>(definition: PlaygroundDefinition<Metadata>): PlaygroundDefinition<Metadata> {
  const name = typeof definition?.type === 'string' ? definition.type : String(definition?.type);
  const fail = (problem: string): never => {
    throw new Error(`Playground of ticket type '${name}' is not valid: ${problem}`);
  };
  if (!TYPE_KEY.test(name)) fail('its type must be the key of a ticket type, e.g. "edit-person".');
  if (typeof definition.views !== 'object' || definition.views === null) fail('it needs `views`, e.g. { actioner: MyView, requester: null }.');
  for (const [role, view] of Object.entries(definition.views)) {
    if (!ROLES.includes(role as StakeholderRole)) fail(`'${role}' is not a stakeholder role (${ROLES.join(', ')}).`);
    const isComponent = typeof view === 'function' || (typeof view === 'object' && view !== null && '$$typeof' in view);
    if (view !== null && view !== undefined && !isComponent) fail(`its ${role} view must be a React component or null.`);
  }
  return definition;
}

/** The view for the role the viewer acts in, or null when the type has none for it. */
export function playgroundViewFor<Metadata>(definition: PlaygroundDefinition<Metadata> | undefined, role: StakeholderRole): PlaygroundView<Metadata> | null {
  return definition?.views[role] ?? null;
}
