import type { Me, NewStakeholderInput, PrincipalInput, Stakeholder, TicketDetail } from '../api/types.js';
import type { TicketChange } from './useTicketChanges.js';

let temporaryId = 0;
/** Ids for things shown before the server has given them one: negative, never a real id. */
export function nextTemporaryId(): number {
  temporaryId -= 1;
  return temporaryId;
}

function withStakeholders(detail: TicketDetail, stakeholders: Stakeholder[]): TicketDetail {
  return { ...detail, stakeholders };
}

function placeholderStakeholder(principal: PrincipalInput, connection: Stakeholder['connection'], role: Stakeholder['role']): Stakeholder {
  const name = `${principal.kind === 'user' ? 'User' : principal.kind === 'group' ? 'Group' : principal.kind} #${principal.id}`;
  return { id: nextTemporaryId(), principal: { ...principal, name }, connection, role, isActive: true };
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

export function commentChange(body: string, author: Me | undefined, actingAs: { stakeholderId: number; name: string } | null, detail: TicketDetail | undefined): TicketChange {
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

export function addStakeholderChange(input: NewStakeholderInput): TicketChange {
  return {
    send: (client, base) => client.stakeholders.add.mutate({ ...base, ...input }),
    optimistic: (detail) => withStakeholders(detail, [...detail.stakeholders, placeholderStakeholder(input.principal, input.connection, input.role)]),
  };
}

export function handOverChange(fromStakeholderId: number, to: PrincipalInput): TicketChange {
  return {
    send: (client, base) => client.stakeholders.transfer.mutate({ ...base, fromStakeholderId, to }),
    optimistic: (detail) => {
      const from = detail.stakeholders.find((stakeholder) => stakeholder.id === fromStakeholderId);
      if (!from) return detail;
      const kept = detail.stakeholders.map((stakeholder) => (stakeholder.id === fromStakeholderId ? { ...stakeholder, isActive: false } : stakeholder));
      return withStakeholders(detail, [...kept, placeholderStakeholder(to, from.connection, from.role)]);
    },
  };
}

export function deactivateChange(stakeholderId: number): TicketChange {
  return {
    send: (client, base) => client.stakeholders.deactivate.mutate({ ...base, stakeholderId }),
    optimistic: (detail) =>
      withStakeholders(
        detail,
        detail.stakeholders.map((stakeholder) => (stakeholder.id === stakeholderId ? { ...stakeholder, isActive: false } : stakeholder)),
      ),
  };
}

export function actionChange(action: string, input: unknown): TicketChange {
  return { send: (client, base) => client.actions.run.mutate({ ...base, action, input }) };
}
