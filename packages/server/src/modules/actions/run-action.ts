import { DomainError, type LogEvent, planAddStakeholder, planHandOver, planTicketMove, samePrincipal, type TicketFacts } from '@tickets/domain';
import { deactivateStakeholder, insertStakeholders } from '../stakeholders/stakeholder-store.js';
import type { TicketActionDefinition } from '@tickets/plugin-kit';
import { actionCheckContext } from './action-availability.js';
import { refusalSentence, saidSentence, type TicketTypeServer, typeWords } from '@tickets/plugin-kit/server';
import { readerWords } from '../ticket-types/reader-words.js';
import { sqlOf } from '../../db/sql-client.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { pluginDirectoryFor } from '../../request/app-services.js';
import { InvalidFields, refusingField } from '../../input/invalid-fields.js';
import { requireActingStakeholder } from '../tickets/acting-stakeholder.js';
import { moveContext } from '../tickets/ticket-moves.js';
import { type MutationInput, type MutationScope, runTicketMutation, type TicketSummary } from '../tickets/ticket-mutation.js';

export interface RunActionRequest extends MutationInput {
  action: string;
  input?: unknown;
}

/** The stored metadata of the ticket in scope, through its type's store (null for a type without one). */
export async function loadScopeMetadata(scope: Pick<MutationScope, 'tx' | 'row'>, server: TicketTypeServer | undefined): Promise<unknown> {
  if (!server?.store || scope.row.metadata_id === null) return null;
  return (await server.store.load(sqlOf(scope.tx), [scope.row.metadata_id])).get(scope.row.metadata_id) ?? null;
}

export function requireAction(server: TicketTypeServer | undefined, type: string, key: string): TicketActionDefinition<unknown> {
  const actions = server?.definition.actions ?? {};
  const action = Object.hasOwn(actions, key) ? (actions[key] as TicketActionDefinition<unknown>) : undefined;
  if (!action) {
    const known = Object.keys(actions);
    throw new DomainError(
      'invalid',
      'action.unknown',
      `Tickets of type '${type}' have no action '${key}'.${known.length ? ` Their actions: ${known.join(', ')}.` : ' They have no actions.'}`,
      { action: key, known },
    );
  }
  return action;
}

/**
 * Runs a plugin action on a ticket, in the ticket's transaction: checks its input and its `can`
 * rule, applies its effect, stores the new metadata, moves the ticket to the status it names (the
 * domain's `planTicketMove`: the state follows), and logs the action with everything it changed.
 */
export function runAction(ctx: AuthedContext, request: RunActionRequest): Promise<TicketSummary> {
  return runTicketMutation(ctx, request, async (scope) => {
    const server = ctx.services.ticketTypes.server(scope.row.type);
    const action = refusingField('action', () => requireAction(server, scope.row.type, request.action));
    const parsed = action.input.safeParse(request.input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: ['input', ...issue.path], message: issue.message }));
      throw new InvalidFields(`The input of '${action.title}' is not valid: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, issues);
    }
    const metadata = await loadScopeMetadata(scope, server);
    const check = actionCheckContext({
      viewer: ctx.viewer,
      actingAs: requireActingStakeholder(scope),
      stakeholders: scope.stakeholders,
      row: scope.row,
      catalog: scope.catalog,
      metadata,
    });
    const allowed = action.can(check);
    if (allowed !== true) throw new DomainError('forbidden', 'action.not_allowed', refusalSentence(allowed, readerWords(ctx).of(scope.row.type)!), { action: request.action });

    // Read before the effect: it may erase an address the mails about it must still reach.
    const mailboxesBefore = await scope.directory.mailboxes(scope.stakeholders.map((s) => s.principal));
    const effect = server!.effects[request.action as never] as (context: unknown) => ReturnType<TicketTypeServer['effects'][string]>;
    const outcome = await effect({ ...check, input: parsed.data, db: sqlOf(scope.tx), directory: pluginDirectoryFor(ctx.services, scope.tx), now: scope.now });

    // The log keeps the English sentence (as every entry is kept) and the words, which the timeline says in its reader's language.
    const said = outcome.summary;
    const summary = said ? saidSentence(said, typeWords(server!.definition, undefined, ['en'])) : null;
    const events: LogEvent[] = [{ type: 'action.run', action: request.action, title: action.title, summary, ...(said ? { said } : {}) }];
    if (outcome.metadata !== undefined && server?.store && scope.row.metadata_id !== null) {
      await server.store.update(sqlOf(scope.tx), scope.row.metadata_id, outcome.metadata);
    }
    if (outcome.changes && outcome.changes.length > 0) events.push({ type: 'metadata.changed', changes: outcome.changes });

    if (outcome.handOver) {
      const { fromStakeholderId, to } = outcome.handOver;
      const label = (await scope.directory.labels([to])).get(`${to.kind}:${to.id}`);
      if (!label) throw new DomainError('not_found', 'action.unknown_principal', `Action '${action.title}' hands the ticket to ${to.kind} #${to.id}, who is not in the directory.`, { to });
      const plan = planHandOver(scope.stakeholders, fromStakeholderId, label);
      await insertStakeholders(scope.tx, ctx.services.namespace.id, scope.row.id, [plan.add]);
      await deactivateStakeholder(scope.tx, plan.deactivate);
      events.push(...plan.events);
    }

    if (outcome.assign) {
      const to = outcome.assign;
      const already = scope.stakeholders.some((s) => s.isActive && s.connection === 'assigned' && samePrincipal(s.principal, to));
      if (!already) {
        const label = (await scope.directory.labels([to])).get(`${to.kind}:${to.id}`);
        if (!label) throw new DomainError('not_found', 'action.unknown_principal', `Action '${action.title}' assigns ${to.kind} #${to.id}, who is not in the directory.`, { to });
        const plan = planAddStakeholder(scope.stakeholders, { principal: label, connection: 'assigned', role: 'actioner' });
        await insertStakeholders(scope.tx, ctx.services.namespace.id, scope.row.id, [plan.add]);
        events.push(...plan.events);
      }
    }

    let facts: TicketFacts = scope.facts;
    if (outcome.moveTo) {
      // The action's `can` allowed it; the domain's move rule says why the type's table does not bind it.
      const change = planTicketMove(facts, { kind: 'action', actionTitle: action.title, statusName: outcome.moveTo }, moveContext(scope));
      facts = change.facts;
      events.push(...change.events);
    }
    return { facts, events, mailboxesBefore };
  });
}
