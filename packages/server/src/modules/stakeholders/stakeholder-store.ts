import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewStakeholder, PrincipalRef, Stakeholder } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { TicketStakeholderRow } from '../../db/rows/ticket-stakeholders-row.js';
import { sqlOf } from '../../db/sql-client.js';
import type { Directory } from '../../directory/directory.js';
import { principalKey } from '../../directory/directory.js';

const StakeholderRow = TicketStakeholderRow.pick({ id: true, ticket_id: true, principal_kind: true, principal_id: true, connection: true, role: true, is_active: true });
const InsertedStakeholder = TicketStakeholderRow.pick({ id: true });

/** The stakeholders of some tickets, named from the directory: two queries whatever their number. */
export async function loadStakeholders(em: EntityManager, directory: Directory, ticketIds: readonly number[]): Promise<Map<number, Stakeholder[]>> {
  const byTicket = new Map<number, Stakeholder[]>(ticketIds.map((id) => [id, []]));
  if (ticketIds.length === 0) return byTicket;
  const rows = await sqlOf(em).rows(
    sql`select id, ticket_id, principal_kind, principal_id, connection, role, is_active
          from ticket_stakeholders where ticket_id = any(${sql.list(ticketIds, 'int')}) order by id`,
    StakeholderRow,
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
  const values = sql.join(
    stakeholders.map((s) => sql`(${namespaceId}, ${ticketId}, ${s.principal.kind}, ${s.principal.id}, ${s.connection}::stakeholder_connection, ${s.role}::stakeholder_role, ${s.isActive})`),
  );
  const rows = await sqlOf(em).rows(
    sql`insert into ticket_stakeholders (namespace_id, ticket_id, principal_kind, principal_id, connection, role, is_active)
        values ${values} returning id`,
    InsertedStakeholder,
  );
  return stakeholders.map((s, index) => ({ ...s, id: rows[index]!.id }));
}

export async function deactivateStakeholder(em: EntityManager, stakeholderId: number): Promise<void> {
  await sqlOf(em).run(sql`update ticket_stakeholders set is_active = false, deactivated_at = now() where id = ${stakeholderId}`);
}
