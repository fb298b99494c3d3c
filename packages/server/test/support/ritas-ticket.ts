// The ticket most server tests start from: Rita files it, so the type's starting stakeholders and
// lifecycle are there to act on, at version 1.
import type { Connection, StakeholderRole } from '@tickets/domain';
import { type DemoLogin, type TestApi, userId } from './test-api.js';

export interface RitasTicket {
  readonly id: number;
  /** The id of the stakeholder whose principal has this name (e.g. `WRT`). */
  stakeholderId(name: string): number;
  /** The id of the status of the ticket's lifecycle with this name. */
  status(name: string): number;
}

/** Rita's ticket of a type (a plain request unless told), as she sees it once filed. */
export async function ritasTicket(t: TestApi, request: { type?: string; title?: string; metadata?: Record<string, unknown> } = {}): Promise<RitasTicket> {
  const { type = 'plain-request', title = 'Please fix my name', metadata } = request;
  const { id } = await t.client('rita').tickets.create.mutate({ type, title, ...(metadata === undefined ? {} : { metadata }) });
  const detail = await t.client('rita').tickets.get.query({ ticketId: id });
  return {
    id,
    stakeholderId: (name) => detail.stakeholders.find((s) => s.principal.name === name)!.id,
    status: (name) => detail.lifecycle.statuses.find((s) => s.name === name)!.id,
  };
}

/** Rita's plain request: Rita (cc, requester) and WRT (assigned, actioner), at version 1. */
export async function ritasPlainRequest(t: TestApi, title?: string): Promise<RitasTicket & { rita: number; wrt: number }> {
  const ticket = await ritasTicket(t, { title });
  return { ...ticket, rita: ticket.stakeholderId('Rita Lopes'), wrt: ticket.stakeholderId('WRT') };
}

/** The ticket's version now, as a site admin reads it. */
export async function versionOf(t: TestApi, ticketId: number): Promise<number> {
  return (await t.client('sam').tickets.get.query({ ticketId })).ticket.version;
}

/** A demo user as the principal of a stakeholder to add or hand over to. */
export function user(login: DemoLogin) {
  return { kind: 'user', id: userId(login) };
}

/** Ana, acting for WRT, adds a demo user to a ticket still at version 1: the new stakeholder's id and the ticket's version. */
export function anaAdds(t: TestApi, ticketId: number, login: DemoLogin, connection: Connection, role: StakeholderRole) {
  return t.client('ana').stakeholders.add.mutate({ ticketId, expectedVersion: 1, principal: user(login), connection, role });
}
