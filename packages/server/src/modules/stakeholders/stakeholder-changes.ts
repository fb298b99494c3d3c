import {
  type Connection,
  planAddStakeholder,
  planAdminJoin,
  planDeactivate,
  planHandOver,
  type PrincipalRef,
  type StakeholderRole,
} from '@tickets/domain';
import type { AuthedContext } from '../../request/authed-context.js';
import type { MutationInput } from '../tickets/ticket-mutation.js';
import { namePrincipal } from './principal-names.js';
import { runStakeholderChange, type StakeholderChangeResult } from './stakeholder-change.js';

/*
 * Who may change a ticket's stakeholders is the domain's `checkStakeholderChange`, applied by
 * `runStakeholderChange` for each of these: the people working on it (active assignees) and site
 * admins add, hand over and deactivate; a requester only adds people in cc; a site admin may join
 * as bcc; the ticket type may narrow it. The domain's plans keep the list coherent (no duplicate
 * active rows, never the last assignee made inactive, history kept).
 */

export interface StakeholderSummary {
  id: number;
  version: number;
  stakeholderId: number;
}

export interface AddStakeholderRequest extends MutationInput {
  principal: PrincipalRef;
  connection: Connection;
  role: StakeholderRole;
}

export async function addStakeholder(ctx: AuthedContext, request: AddStakeholderRequest): Promise<StakeholderSummary> {
  const result = await runStakeholderChange(ctx, request, { kind: 'add', connection: request.connection }, async (scope) => {
    const principal = await namePrincipal(scope.directory, request.principal, ctx.services.ticketTypes.principalKindKeys);
    return planAddStakeholder(scope.stakeholders, { principal, connection: request.connection, role: request.role });
  });
  return summaryOf(result);
}

export interface JoinRequest {
  ticketId: number;
  expectedVersion: number;
  role: StakeholderRole;
}

/** A site admin joins as a bcc stakeholder to help; the join is logged on behalf of the row it adds. */
export async function joinAsAdmin(ctx: AuthedContext, request: JoinRequest): Promise<StakeholderSummary> {
  const result = await runStakeholderChange(ctx, request, { kind: 'join' }, (scope) => planAdminJoin(ctx.viewer, scope.stakeholders, request.role), {
    actAsAdded: true,
  });
  return summaryOf(result);
}

export interface HandOverRequest extends MutationInput {
  fromStakeholderId: number;
  to: PrincipalRef;
}

export interface HandOverSummary extends StakeholderSummary {
  deactivatedStakeholderId: number;
}

/** Hands an assignment on: the new stakeholder is added active, the previous one kept inactive. */
export async function handOver(ctx: AuthedContext, request: HandOverRequest): Promise<HandOverSummary> {
  const result = await runStakeholderChange(ctx, request, { kind: 'handOver', stakeholderId: request.fromStakeholderId }, async (scope) => {
    const to = await namePrincipal(scope.directory, request.to, ctx.services.ticketTypes.principalKindKeys);
    return planHandOver(scope.stakeholders, request.fromStakeholderId, to);
  });
  return { ...summaryOf(result), deactivatedStakeholderId: request.fromStakeholderId };
}

export interface DeactivateRequest extends MutationInput {
  stakeholderId: number;
}

/** Makes a stakeholder inactive; it keeps read access to the ticket. */
export async function deactivate(ctx: AuthedContext, request: DeactivateRequest): Promise<{ id: number; version: number }> {
  const result = await runStakeholderChange(ctx, request, { kind: 'deactivate', stakeholderId: request.stakeholderId }, (scope) =>
    planDeactivate(scope.stakeholders, request.stakeholderId),
  );
  return { id: result.id, version: result.version };
}

function summaryOf(result: StakeholderChangeResult): StakeholderSummary {
  if (result.added === null) throw new Error(`The stakeholder change on ticket #${result.id} added no stakeholder.`);
  return { id: result.id, version: result.version, stakeholderId: result.added.id };
}
