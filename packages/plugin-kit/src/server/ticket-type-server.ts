import { DomainError, type PrincipalRef, type Viewer } from '@tickets/domain';
import { z } from 'zod';
import type { ActionCheckContext } from '../ticket-action.js';
import type { ActionSaid } from '../said.js';
import type { MetadataChange } from './metadata-changes.js';
import type { TicketTypeDefinition } from '../ticket-type.js';
import type { SqlClient } from '@tickets/sql';
import { invalidTypeServer } from './invalid-type-server.js';
import type { PluginDirectory } from './plugin-directory.js';
import type { PluginMigration } from './plugin-migration.js';
import type { TicketTypeMails } from './mail-text.js';
import type { PrincipalKindServer } from './principal-kind.js';
import type { TypeWordCatalogs } from '../type-words.js';

/** What a ticket of the type is filed with. */
export type FiledOf<T extends TicketTypeDefinition> = z.output<T['metadata']>;
/** What the type keeps for a ticket. Without `storedMetadata` a type's Stored schema defaults to its filed one, so this is always set. */
export type StoredOf<T extends TicketTypeDefinition> = z.output<NonNullable<T['storedMetadata']>>;
type Filed<T extends TicketTypeDefinition> = FiledOf<T>;
type Stored<T extends TicketTypeDefinition> = StoredOf<T>;
type ActionKeys<T extends TicketTypeDefinition> = keyof NonNullable<T['actions']> & string;
type ActionInput<T extends TicketTypeDefinition, K extends ActionKeys<T>> = NonNullable<T['actions']>[K] extends { input: infer I extends z.ZodType } ? z.output<I> : never;

/** What a store is given when a ticket is filed, in the filing transaction. */
export interface StoreInsertContext<FiledMetadata> {
  readonly db: SqlClient;
  readonly directory: PluginDirectory;
  readonly namespaceId: number;
  readonly ticketId: number;
  readonly requesterId: number;
  /** The person filing, as the host site vouches for them (their groups, whether they are an admin). */
  readonly requester: Viewer;
  readonly metadata: FiledMetadata;
}

/**
 * Where a type keeps its tickets' metadata: a table of its own, created by its own migrations.
 * `defineSqlStore` declares one from the type's stored schema.
 */
export interface MetadataStore<FiledMetadata, StoredMetadata> {
  readonly table: string;
  readonly migrations: readonly PluginMigration[];
  /** Stores what was filed (in the ticket's transaction) and returns the row id the ticket points to. */
  insert(context: StoreInsertContext<FiledMetadata>): Promise<number>;
  /** The stored metadata of several tickets in one query. */
  load(db: SqlClient, ids: readonly number[]): Promise<Map<number, StoredMetadata>>;
  update(db: SqlClient, id: number, metadata: StoredMetadata): Promise<void>;
}

export interface ActionRunContext<StoredMetadata, Input> extends ActionCheckContext<StoredMetadata> {
  readonly input: Input;
  readonly db: SqlClient;
  readonly directory: PluginDirectory;
  readonly now: string;
}

/** What an action did; the core stores it and writes the log entries in the same transaction. */
export interface ActionOutcome<StoredMetadata> {
  /**
   * What it did, for the log, as the type's words (`saying('applied', { name })`: "Applied the name
   * change as a fix.", and in each reader's language); null when the title says it all.
   */
  readonly summary: ActionSaid | null;
  /** The new metadata to store, with the changes to log as `metadata.changed`. */
  readonly metadata?: StoredMetadata;
  readonly changes?: MetadataChange[];
  /** The status (by name, from the type's lifecycle) the ticket moves to; its state follows. */
  readonly moveTo?: string;
  /**
   * Hands an assignment on, in the same transaction: the core applies the domain's hand-over (the
   * new principal active with the same connection and role, the old stakeholder kept inactive, both
   * logged).
   */
  readonly handOver?: { readonly fromStakeholderId: number; readonly to: PrincipalRef };
  /**
   * Makes a principal an active assigned actioner, in the same transaction, logged as
   * `stakeholder.added` (a results-team member locking a competition for posting). Nothing is added
   * when it already is one.
   */
  readonly assign?: PrincipalRef;
}

// Declared as a method so a specific plugin's effects fit the registry's general type (method
// parameters are bivariant), while each plugin still gets its exact metadata and input types.
export type ActionEffect<StoredMetadata, Input> = {
  run(context: ActionRunContext<StoredMetadata, Input>): Promise<ActionOutcome<StoredMetadata>>;
}['run'];

/** The server half of a ticket type: storage and effects. Never imported by browser code. */
export interface TicketTypeServer<T extends TicketTypeDefinition = TicketTypeDefinition> {
  readonly definition: T;
  readonly store?: MetadataStore<Filed<T>, Stored<T>>;
  readonly effects: { readonly [K in ActionKeys<T>]: ActionEffect<Stored<T>, ActionInput<T, K>> };
  /**
   * The type's words in other languages than English (its title, actions, statuses, refusals), by
   * locale; the API answers in the reader's language (`typeWords`). Without them, in English.
   */
  readonly words?: TypeWordCatalogs;
  /** The type's own e-mail texts ("Ticket #123 received", "… closed"); the core's wording otherwise. */
  readonly mails?: TicketTypeMails<Stored<T>>;
  /**
   * The user a new ticket is about, when the type lets someone file it on another's behalf (the
   * results team asking to anonymize John's account). That user is the ticket's requester — they see
   * it and hear about it by mail — instead of the filer, who is recorded in the log as its creator;
   * null keeps the filer. Runs in the filing transaction after `store.insert` accepted the request
   * (so its permission checks have run), with what was filed.
   */
  requesterOf?(context: { db: SqlClient; directory: PluginDirectory; filerId: number; metadata: Filed<T> }): Promise<number | null>;
  /**
   * Kinds of principal the type brings beyond users and groups (a competition, whose members are its
   * Delegates), each with its membership rule (`definePrincipalKindServer`). Any ticket may then have
   * one as a stakeholder; the deployment serves each kind once.
   */
  readonly principalKinds?: readonly PrincipalKindServer[];
  /**
   * Builds what a ticket moved in from another type (`definition.moveIn`) is filed with, from the
   * old ticket and the answers to the type's `moveIn.fields`. The result is checked by the type's
   * metadata schema (its refusals name `metadata.*`) and stored through `store.insert`, in the move's
   * transaction.
   */
  moveIn?(context: MoveInContext): Promise<unknown> | unknown;
}

/** What a type's `moveIn` is given. */
export interface MoveInContext {
  readonly db: SqlClient;
  readonly directory: PluginDirectory;
  /** The ticket as it is before the move: its old type, title, and the old type's stored metadata. */
  readonly ticket: { readonly id: number; readonly type: string; readonly title: string; readonly metadata: unknown };
  /** The requester the ticket is about. */
  readonly requesterId: number;
  /** The answers to `moveIn.fields`, by key (trimmed; an unanswered optional field is left out). */
  readonly given: Readonly<Record<string, string>>;
}

/** Whether a metadata schema asks for nothing (`z.object({})`): then there is nothing to keep. */
export function metadataAsksForNothing(schema: z.ZodType): boolean {
  return schema instanceof z.ZodObject && Object.keys(schema.shape).length === 0;
}

/**
 * A type must keep what it accepts: one whose metadata has fields but that has no store would answer
 * "created" and lose what the person wrote. Checked when the server half is defined and again when
 * the API registers its types, so such a type stops the server at start-up, named.
 */
export function requireMetadataStore(server: { readonly definition: TicketTypeDefinition; readonly store?: unknown }): void {
  const { definition } = server;
  if (server.store || metadataAsksForNothing(definition.metadata)) return;
  const fields = definition.metadata instanceof z.ZodObject ? ` (${Object.keys(definition.metadata.shape).join(', ')})` : '';
  throw new DomainError(
    'invalid',
    'ticket_type.metadata_not_stored',
    `Ticket type '${definition.type}' is not valid: it accepts metadata${fields} but keeps it nowhere, so what people file would be lost. ` +
      `Give its server part a store (a table of its own with its migrations, see docs/ticket-types.md, "Metadata"), or accept no metadata (z.object({})).`,
    { type: definition.type },
  );
}

/**
 * Adds the server half to a ticket type. Checked at once: every action has an effect and every
 * effect an action, and migrations are named uniquely — a mistake stops the server at start-up.
 */
export function defineTicketTypeServer<T extends TicketTypeDefinition>(
  definition: T,
  server: Omit<TicketTypeServer<T>, 'definition'>,
): TicketTypeServer<T> {
  const fail = (problem: string): never => {
    throw invalidTypeServer(definition.type, problem);
  };
  const actions = Object.keys(definition.actions ?? {});
  const effects = Object.keys(server.effects);
  for (const action of actions) if (!effects.includes(action)) fail(`action '${action}' has no effect in its server part.`);
  for (const effect of effects) if (!actions.includes(effect)) fail(`effect '${effect}' belongs to no declared action.`);
  requireMetadataStore({ definition, store: server.store });
  if (definition.moveIn && !server.moveIn) fail('it takes tickets of other types (moveIn) but its server part has no moveIn to build their metadata.');
  if (server.store) {
    if (!/^[a-z][a-z0-9_]{1,62}$/.test(server.store.table)) fail(`table name '${server.store.table}' must be lower-case letters, digits and underscores.`);
    const names = server.store.migrations.map((m) => m.name);
    if (new Set(names).size !== names.length) fail('two of its migrations have the same name.');
  }
  return { definition, ...server };
}
