import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewStakeholder, PrincipalRef, Stakeholder } from '@tickets/domain';
import type { Directory } from '../../directory/directory.js';
import { principalKey } from '../../directory/directory.js';

interface StakeholderRow {
  id: number;
  ticket_id: number;
  principal_kind: string;
  principal_id: number;
  connection: Stakeholder['connection'];
  role: Stakeholder['role'];
  is_active: boolean;
}

/** The stakeholders of some tickets, named from the directory: two queries whatever their number. */
export async function loadStakeholders(em: EntityManager, directory: Directory, ticketIds: readonly number[]): Promise<Map<number, Stakeholder[]>> {
  const byTicket = new Map<number, Stakeholder[]>(ticketIds.map((id) => [id, []]));
  if (ticketIds.length === 0) return byTicket;
  const rows = await em.execute<StakeholderRow[]>(
    `select id, ticket_id, principal_kind, principal_id, connection, role, is_active
       from ticket_stakeholders where ticket_id = any(?::int[]) order by id`,
    [`{${ticketIds.join(',')}}`],
  );
  const labels = await directory.labels(rows.map((row) => ({ kind: row.principal_kind, id: row.principal_id })));
  for (const row of rows) {
    const ref: PrincipalRef = { kind: row.principal_kind, id: row.principal_id };
    byTicket.get(row.ticket_id)?.push({
      id: row.id,
      principal: labels.get(principalKey(ref)) ?? { ...ref, name: `${row.principal_kind} #${row.principal_id}` },
      connection: row.connection,
      role: row.role,
      isActive: row.is_active,
    });
  }
  return byTicket;
}

export async function loadTicketStakeholders(em: EntityManager, directory: Directory, ticketId: number): Promise<Stakeholder[]> {
  return (await loadStakeholders(em, directory, [ticketId])).get(ticketId) ?? [];
}

/** Inserts stakeholders in one statement and returns them with their ids, in the given order. */
export async function insertStakeholders(
  em: EntityManager,
  namespaceId: number,
  ticketId: number,
  stakeholders: readonly NewStakeholder[],
): Promise<Stakeholder[]> {
  if (stakeholders.length === 0) return [];
  const values = stakeholders.map(() => '(?, ?, ?, ?, ?::stakeholder_connection, ?::stakeholder_role, ?)').join(', ');
  const params = stakeholders.flatMap((s) => [namespaceId, ticketId, s.principal.kind, s.principal.id, s.connection, s.role, s.isActive]);
  const rows = await em.execute<{ id: number }[]>(
    `insert into ticket_stakeholders (namespace_id, ticket_id, principal_kind, principal_id, connection, role, is_active)
     values ${values} returning id`,
    params,
  );
  return stakeholders.map((s, index) => ({ ...s, id: rows[index]!.id }));
}

export async function deactivateStakeholder(em: EntityManager, stakeholderId: number): Promise<void> {
  await em.execute(`update ticket_stakeholders set is_active = false, deactivated_at = now() where id = ?`, [stakeholderId]);
}
