import {
  Connection,
  DomainError,
  PluginLifecycle,
  PrincipalKind,
  planLifecycleInstall,
  StakeholderRole,
  StakeholderChangeRules,
  SYSTEM_STATUSES,
  TransitionTable,
  validateTransitionTable,
} from '@tickets/domain';
import { z } from 'zod';
import { KIT_CONTRACT_VERSION } from './contract-version.js';
import type { Messages } from './messages/messages.js';
import type { MoveIn } from './move-in.js';
import type { TicketActionDefinition } from './ticket-action.js';

/**
 * Who a new ticket starts with: a user by id, a group by its name (e.g. 'WRT'), or a principal of a
 * plugin's kind by reference (the competition a results submission names).
 */
export const StartingStakeholder = z.object({
  principal: z.union([
    z.strictObject({ user: z.number().int().positive() }),
    z.strictObject({ group: z.string().min(1) }),
    z.strictObject({ kind: PrincipalKind, id: z.number().int().positive() }),
  ]),
  connection: Connection,
  role: StakeholderRole,
});
export type StartingStakeholder = z.infer<typeof StartingStakeholder>;

export const TicketTypeKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,63}$/, 'A ticket type key is lower-case letters, digits and dashes, e.g. "edit-person".');

/**
 * What the core needs to know about a ticket type. `Metadata` validates what is filed; `Stored`
 * what the type keeps for a ticket (it may add to what was filed, e.g. the old values of a profile).
 */
/** A type's actions by key; each sees the type's stored metadata. */
export type TicketActions<Stored extends z.ZodType = z.ZodType> = Readonly<Record<string, TicketActionDefinition<z.output<Stored>>>>;

export interface TicketTypeDefinition<
  Metadata extends z.ZodType = z.ZodType,
  Stored extends z.ZodType = Metadata,
  Actions extends TicketActions<Stored> = TicketActions<Stored>,
> {
  /** Stable key, stored on every ticket of this type. */
  readonly type: string;
  readonly title: string;
  readonly description?: string;
  /** Validates the metadata given when a ticket of this type is created. */
  readonly metadata: Metadata;
  /** Validates the metadata as stored; when left out, it is stored as filed. */
  readonly storedMetadata?: Stored;
  /** The statuses the type ships; without one, tickets use the namespace's system lifecycle. */
  readonly lifecycle?: PluginLifecycle;
  /** Which moves between its statuses are allowed, and to whom; without one, every move is. */
  readonly transitions?: TransitionTable;
  /**
   * Narrows who may change the stakeholders (never widens the core rule: the people working on a
   * ticket and site admins change them, a requester only adds people in cc). E.g.
   * `{ assignees: [{ group: 'Delegates' }] }`: only Delegates add, hand over or remove an assignee.
   * The type's own actions are not bound by it: their `can` check decides.
   */
  readonly stakeholderChanges?: StakeholderChangeRules;
  /** The stakeholders a new ticket starts with, besides its requester. */
  startingStakeholders?(input: { requesterId: number; metadata: z.output<Metadata> }): StartingStakeholder[];
  /**
   * The English of the sentences its actions' checks refuse with (`refusal.<name>`, see `refuse`),
   * of the phrases they put in (`doing.<name>`, see `onlyGroup`) and of the labels of metadata its
   * actions change (`change.<field>`, see `changeLabels`). Other languages are in the server half's `words`.
   */
  readonly words?: Messages;
  /** What the team can do on a ticket of this type, keyed by action (camelCase). */
  readonly actions?: Actions;
  /**
   * Tickets of other types it takes in, and what the person moving one is asked for; its server
   * half's `moveIn` builds the metadata.
   */
  readonly moveIn?: MoveIn;
  /** The plugin-kit contract the type was defined with; stamped by `defineTicketType`, not written by hand. */
  readonly kitContract?: number;
}

/**
 * Declares a ticket type. Checks the declaration at once, so a broken plugin stops the server at
 * start-up with a message naming it rather than failing on the first ticket.
 */
export function defineTicketType<
  Metadata extends z.ZodType,
  Stored extends z.ZodType = Metadata,
  Actions extends TicketActions<Stored> = TicketActions<Stored>,
>(definition: TicketTypeDefinition<Metadata, Stored, Actions>): TicketTypeDefinition<Metadata, Stored, Actions> {
  const name = typeof definition.type === 'string' ? definition.type : String(definition.type);
  const fail = (problem: string): never => {
    throw new DomainError('invalid', 'ticket_type.invalid', `Ticket type '${name}' is not valid: ${problem}`, { type: name });
  };
  const key = TicketTypeKey.safeParse(definition.type);
  if (!key.success) fail(key.error.issues[0]?.message ?? 'bad key');
  if (!definition.title?.trim()) fail('it needs a title.');
  if (!(definition.metadata instanceof z.ZodType)) fail('its metadata must be a zod schema.');
  if (definition.lifecycle) {
    const lifecycle = PluginLifecycle.safeParse(definition.lifecycle);
    if (!lifecycle.success) fail(`its lifecycle is not valid (${lifecycle.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}).`);
    try {
      planLifecycleInstall(definition.lifecycle, []);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }
  for (const [key, action] of Object.entries(definition.actions ?? {})) {
    if (!/^[a-z][a-zA-Z0-9]{1,63}$/.test(key)) fail(`action key '${key}' must be camelCase letters and digits, e.g. "applyAsFix".`);
    if (!action.title?.trim()) fail(`action '${key}' needs a title.`);
    if (!(action.input instanceof z.ZodType)) fail(`action '${key}' needs an input zod schema.`);
    if (typeof action.can !== 'function') fail(`action '${key}' needs a can(context) permission check.`);
  }
  if (definition.moveIn !== undefined) {
    if (definition.moveIn.from.length === 0) fail('its moveIn names no type it takes tickets from.');
    for (const from of definition.moveIn.from) if (!TicketTypeKey.safeParse(from).success || from === definition.type) fail(`its moveIn cannot take tickets from '${from}'.`);
    const keys = (definition.moveIn.fields ?? []).map((field) => field.key);
    if (new Set(keys).size !== keys.length) fail('two of its moveIn fields have the same key.');
  }
  if (definition.stakeholderChanges !== undefined) {
    const rules = StakeholderChangeRules.safeParse(definition.stakeholderChanges);
    if (!rules.success) fail(`its stakeholderChanges are not valid (${rules.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}).`);
  }
  if (definition.transitions) {
    const table = TransitionTable.safeParse(definition.transitions);
    if (!table.success) fail(`its transitions are not valid (${table.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}).`);
    const names = definition.lifecycle ? definition.lifecycle.statuses.map((s) => s.name) : SYSTEM_STATUSES.map((s) => s.name);
    try {
      validateTransitionTable(definition.transitions, names);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }
  // The first stamp stays: the server defines a loaded plugin's type again with its own kit.
  return definition.kitContract === undefined ? { ...definition, kitContract: KIT_CONTRACT_VERSION } : definition;
}

/** Checks a set of ticket types together: keys must be unique. */
export function validateTicketTypes(types: readonly TicketTypeDefinition[]): void {
  const seen = new Map<string, TicketTypeDefinition>();
  for (const type of types) {
    const earlier = seen.get(type.type);
    if (earlier) {
      throw new DomainError('conflict', 'ticket_type.duplicate', `Two plugins declare ticket type '${type.type}' ('${earlier.title}' and '${type.title}'); remove one.`, {
        type: type.type,
      });
    }
    seen.set(type.type, type);
  }
}
