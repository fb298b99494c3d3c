import { sql, type Statement } from '@tickets/sql';
import type { StatusCatalog, TicketPartition } from './status-catalog.js';

/*
 * Reads, filters and counts see a ticket's effective status: its stored status with the pending
 * mappings that apply to it followed. The mappings are few and already in the catalog, so the SQL
 * is a CASE over them, with parameters, and no join: while nothing is pending it is just the
 * stored column, and indexes on it work as before.
 */

const ALL = sql`true`;
const NONE = sql`false`;

function or(parts: readonly Statement[]): Statement {
  if (parts.length === 0) return NONE;
  if (parts.length === 1) return parts[0]!;
  return sql.join(parts.map((part) => sql`(${part})`), ' or ');
}

function typeIn(types: readonly string[], alias: Statement): Statement {
  return types.length === 0 ? NONE : sql`${alias}.type = any(${sql.list(types, 'text')})`;
}

function typeNotIn(types: readonly string[], alias: Statement): Statement {
  return types.length === 0 ? ALL : sql`not (${alias}.type = any(${sql.list(types, 'text')}))`;
}

/** The tickets of some parts of the namespace. */
function partitionsSql(catalog: StatusCatalog, parts: readonly TicketPartition[], alias: Statement): Statement {
  const types = parts.flatMap((part) => (part.type === null ? [] : [part.type]));
  const others = parts.some((part) => part.type === null);
  return or([typeIn(types, alias), ...(others ? [typeNotIn(catalog.listedTypes(), alias)] : [])].filter((part) => part !== NONE));
}

/** Tickets that follow a lifecycle (its attached types; for the default one, every unattached type); null: every ticket. */
function lifecycleScope(catalog: StatusCatalog, lifecycleId: number | null, alias: Statement): Statement {
  if (lifecycleId === null) return ALL;
  const parts = [typeIn(catalog.typesAttachedTo(lifecycleId), alias)];
  if (lifecycleId === catalog.defaultLifecycleId()) parts.push(typeNotIn(catalog.attachedTypes(), alias));
  return or(parts.filter((part) => part !== NONE));
}

/** The effective status of ticket `alias` as an SQL expression. */
export function effectiveStatusSql(catalog: StatusCatalog, alias = 't'): Statement {
  const ticket = sql.id(alias);
  const column = sql`${ticket}.status_id`;
  if (catalog.mappings.length === 0) return column;
  const partitions = catalog.partitions();
  const froms = [...new Set(catalog.mappings.map((mapping) => mapping.from))];
  const arms: Statement[] = [];
  for (const from of froms) {
    // Group the parts by where `from` leads in them: usually one target for all of them.
    const byTarget = new Map<number, TicketPartition[]>();
    for (const partition of partitions) {
      const to = catalog.resolverFor(partition)(from);
      if (to !== from) byTarget.set(to, [...(byTarget.get(to) ?? []), partition]);
    }
    for (const [to, parts] of byTarget) {
      arms.push(
        parts.length === partitions.length
          ? sql`when ${column} = ${from} then ${to}`
          : sql`when ${column} = ${from} and (${partitionsSql(catalog, parts, ticket)}) then ${to}`,
      );
    }
  }
  if (arms.length === 0) return column;
  return sql`(case ${sql.join(arms, ' ')} else ${column} end)`;
}

export interface MappingScope {
  from: number;
  lifecycleId: number | null;
  ticketType: string | null;
}

/** The tickets some mappings move: on one of their from-statuses, within each mapping's lifecycle or type. */
export function mappedTicketsSql(catalog: StatusCatalog, mappings: readonly MappingScope[], alias = 't'): Statement {
  const ticket = sql.id(alias);
  return or(
    mappings.map((mapping) => {
      const lifecycle = lifecycleScope(catalog, mapping.lifecycleId, ticket);
      const type = mapping.ticketType === null ? ALL : typeIn([mapping.ticketType], ticket);
      return sql`${ticket}.status_id = ${mapping.from} and (${lifecycle}) and (${type})`;
    }),
  );
}
