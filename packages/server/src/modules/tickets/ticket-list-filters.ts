import type { Category, PrincipalRef, TicketState, Viewer } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { effectiveStatusSql } from '../statuses/effective-status-sql.js';
import type { StatusCatalog } from '../statuses/status-catalog.js';
import { ticketSearchCondition } from './ticket-list-search.js';
import { principalIn } from './visibility-sql.js';

/** What a ticket list may be narrowed to; filters combine with AND, an empty list filters nothing. */
export interface TicketListFilters {
  state?: TicketState | undefined;
  statusIds?: readonly number[] | undefined;
  /** Statuses of these categories, whatever lifecycle they belong to. */
  categories?: readonly Category[] | undefined;
  types?: readonly string[] | undefined;
  /** Tickets this principal is (or was) a stakeholder of. */
  stakeholder?: PrincipalRef | undefined;
  /** Tickets the viewer's own user is a stakeholder of. */
  mine?: boolean | undefined;
  /** Tickets one of the viewer's groups (or other memberships) is a stakeholder of. */
  myGroups?: boolean | undefined;
  /** Words the title or a comment has (word prefixes; see ticket-list-search.ts). */
  search?: string | undefined;
}

const NOTHING = sql`false`;

/** A principal is or was one of the ticket's stakeholders: `ticket_access` holds one row per such pair. */
function hasStakeholder(alias: Statement, condition: Statement): Statement {
  return sql`exists (select 1 from ticket_access ${alias} where ${alias}.ticket_id = t.id and ${condition})`;
}

/**
 * The filters as SQL conditions on `tickets t`. Tickets store status ids, so a category filter is
 * resolved through the catalog to the namespace's statuses of those categories. Status filters
 * compare the effective status, so a removed status is filtered as the one it maps to at once, and
 * name statuses as every procedure does (a system id names its copy once the namespace converted).
 */
export function ticketListConditions(filters: TicketListFilters, viewer: Viewer, catalog: StatusCatalog): Statement[] {
  const conditions: Statement[] = [];
  const status = effectiveStatusSql(catalog);
  const statusIn = (ids: readonly number[]) => sql`${status} = any(${sql.list(ids, 'int')})`;
  if (filters.state) conditions.push(sql`t.state = ${filters.state}::ticket_state`);
  if (filters.statusIds?.length) conditions.push(statusIn(filters.statusIds.map((id) => catalog.statusIdAsNamed(id))));
  if (filters.categories?.length) {
    const wanted = new Set(filters.categories);
    const statusIds = catalog.statuses.filter((s) => wanted.has(s.category)).map((s) => s.id);
    conditions.push(statusIds.length > 0 ? statusIn(statusIds) : NOTHING);
  }
  if (filters.types?.length) conditions.push(sql`t.type = any(${sql.list(filters.types, 'text')})`);
  if (filters.stakeholder) {
    const { kind, id } = filters.stakeholder;
    conditions.push(hasStakeholder(sql`fs`, sql`fs.principal_kind = ${kind} and fs.principal_id = ${id}`));
  }
  if (filters.mine) conditions.push(hasStakeholder(sql`ms`, sql`ms.principal_kind = 'user' and ms.principal_id = ${viewer.userId}`));
  if (filters.myGroups) {
    conditions.push(viewer.memberships.length === 0 ? NOTHING : hasStakeholder(sql`gs`, principalIn(sql`gs`, viewer.memberships)));
  }
  if (filters.search !== undefined && filters.search.trim() !== '') conditions.push(ticketSearchCondition(filters.search));
  return conditions;
}
