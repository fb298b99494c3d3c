import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewStakeholder, PrincipalLabel, PrincipalRef, Stakeholder } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { z } from 'zod';
import { TicketStakeholderRow } from '../../db/rows/ticket-stakeholders-row.js';
import { sqlOf } from '../../db/sql-client.js';
import type { PrincipalKindServer } from '@tickets/plugin-kit/server';
import type { Directory } from '../../directory/directory.js';
import { principalNameSql } from '../../directory/principal-name-sql.js';
import { principalKey } from '../../directory/directory.js';

const StakeholderRow = TicketStakeholderRow.pick({ id: true, ticket_id: true, principal_kind: true, principal_id: true, connection: true, role: true, is_active: true });
const InsertedStakeholder = TicketStakeholderRow.pick({ id: true });

/** One stakeholder as `stakeholdersJson` writes it; `name` only when the names were asked for. */
export const StakeholderJsonRow = StakeholderRow.omit({ ticket_id: true }).extend({ name: z.string().nullable().optional() });
export type StakeholderJsonRow = z.infer<typeof StakeholderJsonRow>;

/**
 * The stakeholders of ticket `ticket` (an alias of `tickets`) as one JSON array, oldest first, to
 * read with the ticket in one statement. With `names` (the deployment's plugin principal kinds),
 * each carries its principal's name as the product's own directory tables hold it
 * (`principalNameSql`); one the tables do not have gets null.
 */
export function stakeholdersJson(ticket: Statement, { names }: { names: readonly PrincipalKindServer[] | false }): Statement {
  const name = names ? sql`, 'name', ${principalNameSql(sql`s.principal_kind`, sql`s.principal_id`, names)}` : sql``;
  return sql`coalesce((select json_agg(json_build_object('id', s.id, 'principal_kind', s.principal_kind, 'principal_id', s.principal_id,
                                                         'connection', s.connection, 'role', s.role, 'is_active', s.is_active${name}) order by s.id)
                         from ticket_stakeholders s where s.ticket_id = ${ticket}.id), '[]')`;
}

/** What a principal is called when nothing names it (the same words as `loadStakeholders`). */
function unnamed(ref: PrincipalRef): PrincipalLabel {
  return { ...ref, name: `${ref.kind} #${ref.id}` };
}

/**
 * Stakeholders from `stakeholdersJson` rows, named by `labels` (a directory's answer) when given,
 * else by the names the rows carry.
 */
export function stakeholdersOfJson(rows: readonly StakeholderJsonRow[], labels?: ReadonlyMap<string, PrincipalLabel>): Stakeholder[] {
  return rows.map((row) => {
    const ref: PrincipalRef = { kind: row.principal_kind, id: row.principal_id };
    const named = labels ? labels.get(principalKey(ref)) : row.name !== null && row.name !== undefined ? { ...ref, name: row.name } : undefined;
    return { id: row.id, principal: named ?? unnamed(ref), connection: row.connection, role: row.role, isActive: row.is_active };
  });
}

/** The stakeholders of some tickets, named from the directory: two queries whatever their number. */
export async function loadStakeholders(em: EntityManager, directory: Directory, ticketIds: readonly number[]): Promise<Map<number, Stakeholder[]>> {
  const rows = await stakeholderRowsOf(em, ticketIds);
  const labels = await directory.labels(rows.map((row) => ({ kind: row.principal_kind, id: row.principal_id })));
  return byTicket(ticketIds, rows, (ref) => labels.get(principalKey(ref)) ?? unnamed(ref));
}

/**
 * The stakeholders of some tickets in one query, for work that needs who they are but not what they
 * are called (who is mailed: names come with the addresses).
 */
export async function loadUnnamedStakeholders(em: EntityManager, ticketIds: readonly number[]): Promise<Map<number, Stakeholder[]>> {
  return byTicket(ticketIds, await stakeholderRowsOf(em, ticketIds), unnamed);
}

async function stakeholderRowsOf(em: EntityManager, ticketIds: readonly number[]) {
  if (ticketIds.length === 0) return [];
  return sqlOf(em).rows(
    sql`select id, ticket_id, principal_kind, principal_id, connection, role, is_active
          from ticket_stakeholders where ticket_id = any(${sql.list(ticketIds, 'int')}) order by id`,
    StakeholderRow,
  );
}

function byTicket(
  ticketIds: readonly number[],
  rows: readonly z.infer<typeof StakeholderRow>[],
  name: (ref: PrincipalRef) => PrincipalLabel,
): Map<number, Stakeholder[]> {
  const stakeholders = new Map<number, Stakeholder[]>(ticketIds.map((id) => [id, []]));
  for (const row of rows) {
    stakeholders.get(row.ticket_id)?.push({
      id: row.id,
      principal: name({ kind: row.principal_kind, id: row.principal_id }),
      connection: row.connection,
      role: row.role,
      isActive: row.is_active,
    });
  }
  return stakeholders;
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
