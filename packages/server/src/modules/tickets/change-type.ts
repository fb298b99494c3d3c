import { actableStakeholders, canChangeType, DomainError, planTypeChange, resolveActingAs, samePrincipal, type StakeholderLabel, type Viewer } from '@tickets/domain';
import { sqlOf } from '../../db/sql-client.js';
import { refusingField } from '../../input/invalid-fields.js';
import { pluginDirectoryFor } from '../../request/app-services.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { loadScopeMetadata } from '../actions/run-action.js';
import { insertStakeholders } from '../stakeholders/stakeholder-store.js';
import { ensureTypeLifecycle } from '../statuses/install-type-lifecycle.js';
import { sql } from '@tickets/sql';
import { parseMetadata, resolveStarting } from './create-ticket.js';
import { type MutationInput, runTicketMutation, type TicketSummary } from './ticket-mutation.js';

export interface ChangeTypeRequest extends MutationInput {
  /** The type the ticket becomes. */
  type: string;
  /** The answers to the target type's `moveIn.fields`. */
  given: Readonly<Record<string, string>>;
}

/**
 * Moves a ticket to another type (a contact request that is really a profile correction), in the
 * ticket's transaction: the target type must take tickets of the current one (`moveIn`) and builds
 * its metadata from the old ticket and the answers; the state is kept and the status follows the
 * domain's rule; the target's starting stakeholders are added, the old ones kept; one log entry
 * records the move with the old metadata.
 */
export function changeTicketType(ctx: AuthedContext, request: ChangeTypeRequest): Promise<TicketSummary> {
  return runTicketMutation(
    ctx,
    request,
    async (scope) => {
      const actingAs = actableStakeholders(ctx.viewer, scope.stakeholders).length > 0 ? resolveActingAs(ctx.viewer, scope.stakeholders, request.actingAs ?? undefined) : null;
      const allowed = canChangeType(ctx.viewer, actingAs);
      if (allowed !== true) throw new DomainError('forbidden', 'ticket.change_type_not_allowed', allowed, { ticketId: scope.row.id });

      const registry = ctx.services.ticketTypes;
      const target = refusingField('type', () => registry.requireServer(request.type));
      const from = { type: scope.row.type, title: registry.find(scope.row.type)?.title ?? scope.row.type };
      const to = { type: target.definition.type, title: target.definition.title };
      const takes = target.definition.moveIn?.from ?? [];
      if (from.type !== to.type && !takes.includes(from.type)) {
        throw new DomainError(
          'invalid',
          'ticket.type_not_taken',
          takes.length === 0
            ? `A ${from.title} ticket cannot become a ${to.title} ticket: that type takes no tickets of other types.`
            : `A ${from.title} ticket cannot become a ${to.title} ticket: that type takes tickets of type ${takes.map((key) => `'${key}'`).join(', ')} only.`,
          { from: from.type, to: to.type },
        );
      }

      const requester = scope.stakeholders.find((s) => s.role === 'requester' && s.principal.kind === 'user') ?? null;
      const requesterId = requester?.principal.id ?? scope.row.created_by_user_id;
      const db = sqlOf(scope.tx);
      const plugin = { db, directory: pluginDirectoryFor(ctx.services, scope.tx) };
      const previousMetadata = await loadScopeMetadata(scope, registry.server(scope.row.type));
      const built = target.moveIn ? await target.moveIn({ ...plugin, ticket: { id: scope.row.id, type: from.type, title: scope.row.title, metadata: previousMetadata }, requesterId, given: request.given }) : {};
      const metadata = parseMetadata(target.definition, built);

      const catalog = await ensureTypeLifecycle(scope.tx, ctx.services.namespace.id, target.definition, scope.catalog);
      const current = catalog.status(scope.row.status_id);
      if (!current) throw new Error(`Ticket #${scope.row.id} is on status #${scope.row.status_id}, which its catalog does not have.`);

      const requesterViewer: Viewer = (await scope.directory.viewer(requesterId)) ?? { userId: requesterId, name: `User #${requesterId}`, isSiteAdmin: false, memberships: [] };
      const metadataId = target.store
        ? await target.store.insert({ ...plugin, namespaceId: ctx.services.namespace.id, ticketId: scope.row.id, requesterId, requester: requesterViewer, metadata })
        : null;
      await db.run(sql`update tickets set type = ${to.type}, metadata_id = ${metadataId} where id = ${scope.row.id}`);

      // The new type's starting stakeholders the ticket lacks (same principal and connection, active).
      const starting = await resolveStarting(scope.directory, target.definition, target.definition.startingStakeholders?.({ requesterId, metadata }) ?? []);
      const missing = starting.filter((s) => !scope.stakeholders.some((have) => have.isActive && have.connection === s.connection && samePrincipal(have.principal, s.principal)));
      await insertStakeholders(scope.tx, ctx.services.namespace.id, scope.row.id, missing.map((s) => ({ ...s, isActive: true })));
      const added: StakeholderLabel[] = missing.map((s) => ({ principal: s.principal, connection: s.connection, role: s.role }));

      const change = planTypeChange(scope.facts, current, catalog.lifecycleFor(to.type), { from, to, previousMetadata, added }, scope.now);
      return { facts: change.facts, events: change.events, actingStakeholderId: actingAs?.id ?? null };
    },
    { requireActingAs: false },
  );
}
