import { assertStakeholderChange, type NewStakeholder, type Stakeholder, type StakeholderChange, type StakeholderId, type StakeholderLogEvent } from '@tickets/domain';
import type { AuthedContext } from '../../request/authed-context.js';
import { type MutationInput, type MutationScope, runTicketMutation } from '../tickets/ticket-mutation.js';
import { deactivateStakeholder, insertStakeholders } from './stakeholder-store.js';

/** What the domain's stakeholder plans ask for: at most one row to add and one to make inactive. */
export interface StakeholderPlan {
  add?: NewStakeholder;
  deactivate?: StakeholderId;
  events: readonly StakeholderLogEvent[];
}

export interface StakeholderChangeOptions {
  /**
   * The viewer acts as the stakeholder the change adds, not as one they already were: a site admin
   * joining a ticket is not yet one of its stakeholders, and the join is recorded on behalf of the
   * row it creates.
   */
  actAsAdded?: boolean;
}

export interface StakeholderChangeResult {
  id: number;
  version: number;
  /** The stakeholder the change added, with its id. */
  added: Stakeholder | null;
}

/**
 * Applies a domain stakeholder plan through `runTicketMutation`: the insert and the deactivation
 * are one statement each, in the same transaction as the new version and the plan's log entries.
 *
 * Every stakeholder procedure goes through here, so this is the one place that asks the domain
 * whether the viewer may make `change` (the people working on the ticket and site admins change
 * its stakeholders, a requester only adds people in cc, narrowed by the ticket type's
 * `stakeholderChanges`), before the plan is made: a refusal names no one the viewer did not ask about.
 */
export async function runStakeholderChange(
  ctx: AuthedContext,
  input: MutationInput,
  change: StakeholderChange,
  planFor: (scope: MutationScope) => Promise<StakeholderPlan> | StakeholderPlan,
  { actAsAdded = false }: StakeholderChangeOptions = {},
): Promise<StakeholderChangeResult> {
  // Filled inside the transaction; the mutation's summary carries only the ticket's id and version.
  const stored: { added: Stakeholder | null } = { added: null };
  const summary = await runTicketMutation(
    ctx,
    input,
    async (scope) => {
      assertStakeholderChange({
        ticketId: scope.row.id,
        stakeholders: scope.stakeholders,
        viewer: ctx.viewer,
        actingAs: scope.actingAs,
        change,
        rules: scope.ticketType?.stakeholderChanges,
      });
      const plan = await planFor(scope);
      const [added] = plan.add ? await insertStakeholders(scope.tx, ctx.services.namespace.id, scope.row.id, [plan.add]) : [];
      if (plan.deactivate !== undefined) await deactivateStakeholder(scope.tx, plan.deactivate);
      stored.added = added ?? null;
      return { events: plan.events, ...(actAsAdded ? { actingStakeholderId: added?.id ?? null } : {}) };
    },
    { requireActingAs: !actAsAdded },
  );
  return { id: summary.id, version: summary.version, added: stored.added };
}
