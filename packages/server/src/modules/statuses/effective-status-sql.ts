import type { SqlFragment } from '../../db/sql-fragment.js';
import { pgArray } from '../tickets/visibility-sql.js';
import type { StatusCatalog, TicketPartition } from './status-catalog.js';

/*
 * Reads, filters and counts see a ticket's effective status: its stored status with the pending
 * mappings that apply to it followed. The mappings are few and already in the catalog, so the SQL
 * is a CASE over them, with parameters, and no join: while nothing is pending it is just the
 * stored column, and indexes on it work as before.
 */

const ALL: SqlFragment = { sql: 'true', params: [] };
const NONE: SqlFragment = { sql: 'false', params: [] };

function or(parts: readonly SqlFragment[]): SqlFragment {
  if (parts.length === 0) return NONE;
  if (parts.length === 1) return parts[0]!;
  return { sql: parts.map((part) => `(${part.sql})`).join(' or '), params: parts.flatMap((part) => part.params) };
}

function typeIn(types: readonly string[], alias: string): SqlFragment {
  return types.length === 0 ? NONE : { sql: `${alias}.type = any(?::text[])`, params: [pgArray(types)] };
}

function typeNotIn(types: readonly string[], alias: string): SqlFragment {
  return types.length === 0 ? ALL : { sql: `not (${alias}.type = any(?::text[]))`, params: [pgArray(types)] };
}

/** The tickets of some parts of the namespace. */
function partitionsSql(catalog: StatusCatalog, parts: readonly TicketPartition[], alias: string): SqlFragment {
  const types = parts.flatMap((part) => (part.type === null ? [] : [part.type]));
  const others = parts.some((part) => part.type === null);
  return or([typeIn(types, alias), ...(others ? [typeNotIn(catalog.listedTypes(), alias)] : [])].filter((part) => part !== NONE));
}

/** Tickets that follow a lifecycle (its attached types; for the default one, every unattached type); null: every ticket. */
export function lifecycleScopeSql(catalog: StatusCatalog, lifecycleId: number | null, alias = 't'): SqlFragment {
  if (lifecycleId === null) return ALL;
  const parts = [typeIn(catalog.typesAttachedTo(lifecycleId), alias)];
  if (lifecycleId === catalog.defaultLifecycleId()) parts.push(typeNotIn(catalog.attachedTypes(), alias));
  return or(parts.filter((part) => part !== NONE));
}

/** The effective status of ticket `alias` as an SQL expression. */
export function effectiveStatusSql(catalog: StatusCatalog, alias = 't'): SqlFragment {
  const column = `${alias}.status_id`;
  if (catalog.mappings.length === 0) return { sql: column, params: [] };
  const partitions = catalog.partitions();
  const froms = [...new Set(catalog.mappings.map((mapping) => mapping.from))];
  const arms: SqlFragment[] = [];
  for (const from of froms) {
    // Group the parts by where `from` leads in them: usually one target for all of them.
    const byTarget = new Map<number, TicketPartition[]>();
    for (const partition of partitions) {
      const to = catalog.resolverFor(partition)(from);
      if (to !== from) byTarget.set(to, [...(byTarget.get(to) ?? []), partition]);
    }
    for (const [to, parts] of byTarget) {
      if (parts.length === partitions.length) {
        arms.push({ sql: `when ${column} = ? then ?`, params: [from, to] });
      } else {
        const scope = partitionsSql(catalog, parts, alias);
        arms.push({ sql: `when ${column} = ? and (${scope.sql}) then ?`, params: [from, ...scope.params, to] });
      }
    }
  }
  if (arms.length === 0) return { sql: column, params: [] };
  return { sql: `(case ${arms.map((arm) => arm.sql).join(' ')} else ${column} end)`, params: arms.flatMap((arm) => arm.params) };
}

export interface MappingScope {
  from: number;
  lifecycleId: number | null;
  ticketType: string | null;
}

/** The tickets some mappings move: on one of their from-statuses, within each mapping's lifecycle or type. */
export function mappedTicketsSql(catalog: StatusCatalog, mappings: readonly MappingScope[], alias = 't'): SqlFragment {
  return or(
    mappings.map((mapping) => {
      const lifecycle = lifecycleScopeSql(catalog, mapping.lifecycleId, alias);
      const type = mapping.ticketType === null ? ALL : typeIn([mapping.ticketType], alias);
      return { sql: `${alias}.status_id = ? and (${lifecycle.sql}) and (${type.sql})`, params: [mapping.from, ...lifecycle.params, ...type.params] };
    }),
  );
}
