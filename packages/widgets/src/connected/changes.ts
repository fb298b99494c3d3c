import { type HandOverPlan, isDomainError, planAddStakeholder, planDeactivate, planHandOver } from '@tickets/domain';
import type { Me, NewStakeholderInput, PrincipalInput, Stakeholder, TicketDetail } from '../api/types.js';
import type { TicketChange } from './useTicketChanges.js';

let temporaryId = 0;
/** Ids for things shown before the server has given them one: negative, never a real id. */
export function nextTemporaryId(): number {
  temporaryId -= 1;
  return temporaryId;
}

/** A principal named as it was chosen (by name, from the directory), else as the API names one it cannot ("User #7"). */
function placeholderLabel(principal: PrincipalInput, name?: string): Stakeholder['principal'] {
  return { ...principal, name: name ?? `${principal.kind === 'user' ? 'User' : principal.kind === 'group' ? 'Group' : principal.kind} #${principal.id}` };
}

/** What a stakeholder plan of the domain does to the list: a row made inactive, a row added. */
type PlannedRows = Partial<Pick<HandOverPlan, 'deactivate' | 'add'>>;

/**
 * The ticket's stakeholders as the domain's plan leaves them, the added row with a temporary id. A
 * plan the domain refuses changes nothing on screen: the API refuses it too, and the page says why.
 */
function withPlan(detail: TicketDetail, plan: (stakeholders: readonly Stakeholder[]) => PlannedRows): TicketDetail {
  let planned: PlannedRows;
  try {
    planned = plan(detail.stakeholders);
  } catch (error) {
    if (isDomainError(error)) return detail;
    throw error;
  }
  const kept = detail.stakeholders.map((stakeholder) => (stakeholder.id === planned.deactivate ? { ...stakeholder, isActive: false } : stakeholder));
  return { ...detail, stakeholders: planned.add ? [...kept, { ...planned.add, id: nextTemporaryId() }] : kept };
}

export function setStatusChange(statusId: number): TicketChange {
  return {
    send: (client, base) => client.tickets.setStatus.mutate({ ...base, statusId }),
    optimistic: (detail) => {
      const status = detail.lifecycle.statuses.find((candidate) => candidate.id === statusId);
      return status ? { ...detail, ticket: { ...detail.ticket, status, state: status.state } } : detail;
    },
  };
}

export function commentChange(body: string, author: Pick<Me, 'userId' | 'name'> | undefined, actingAs: { stakeholderId: number; name: string } | null, detail: TicketDetail | undefined): TicketChange {
  const stakeholder = detail?.stakeholders.find((candidate) => candidate.id === actingAs?.stakeholderId);
  const userId = author?.userId ?? 0;
  return {
    send: (client, base) => client.comments.add.mutate({ ...base, body }),
    pendingEntry: {
      kind: 'comment',
      id: nextTemporaryId(),
      at: new Date().toISOString(),
      author: { userId, name: author?.name ?? 'You' },
      actingAs: stakeholder ? stakeholder.principal : { kind: 'user', id: userId, name: author?.name ?? 'You' },
      body,
    },
  };
}

export function addStakeholderChange(input: NewStakeholderInput, name?: string): TicketChange {
  return {
    send: (client, base) => client.stakeholders.add.mutate({ ...base, ...input }),
    optimistic: (detail) => withPlan(detail, (stakeholders) => planAddStakeholder(stakeholders, { ...input, principal: placeholderLabel(input.principal, name) })),
  };
}

export function handOverChange(fromStakeholderId: number, to: PrincipalInput, name?: string): TicketChange {
  return {
    send: (client, base) => client.stakeholders.transfer.mutate({ ...base, fromStakeholderId, to }),
    optimistic: (detail) => withPlan(detail, (stakeholders) => planHandOver(stakeholders, fromStakeholderId, placeholderLabel(to, name))),
  };
}

export function deactivateChange(stakeholderId: number): TicketChange {
  return {
    send: (client, base) => client.stakeholders.deactivate.mutate({ ...base, stakeholderId }),
    optimistic: (detail) => withPlan(detail, (stakeholders) => planDeactivate(stakeholders, stakeholderId)),
  };
}

export function actionChange(action: string, input: unknown): TicketChange {
  return { send: (client, base) => client.actions.run.mutate({ ...base, action, input }) };
}

export function changeTypeChange(type: string, given: Record<string, string>): TicketChange {
  return { send: (client, base) => client.tickets.changeType.mutate({ ...base, type, given }) };
}
