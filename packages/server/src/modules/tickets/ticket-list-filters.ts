import type { Category, PrincipalRef, TicketState, Viewer } from '@tickets/domain';
import type { SqlFragment } from '../../db/sql-fragment.js';
import { effectiveStatusSql } from '../statuses/effective-status-sql.js';
import type { StatusCatalog } from '../statuses/status-catalog.js';
import { pgArray } from './visibility-sql.js';

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
}

const NOTHING: SqlFragment = { sql: 'false', params: [] };

function hasStakeholder(alias: string, condition: string, params: unknown[]): SqlFragment {
  return { sql: `exists (select 1 from ticket_stakeholders ${alias} where ${alias}.ticket_id = t.id and ${condition})`, params };
}

/**
 * The filters as SQL conditions on `tickets t`. Tickets store status ids, so a category filter is
 * resolved through the catalog to the namespace's statuses of those categories. Status filters
 * compare the effective status, so a removed status is filtered as the one it maps to at once, and
 * name statuses as every procedure does (a system id names its copy once the namespace converted).
 */
export function ticketListConditions(filters: TicketListFilters, viewer: Viewer, catalog: StatusCatalog): SqlFragment[] {
  const conditions: SqlFragment[] = [];
  const status = effectiveStatusSql(catalog);
  const statusIn = (ids: readonly number[]): SqlFragment => ({ sql: `${status.sql} = any(?::int[])`, params: [...status.params, pgArray(ids)] });
  if (filters.state) conditions.push({ sql: 't.state = ?::ticket_state', params: [filters.state] });
  if (filters.statusIds?.length) conditions.push(statusIn(filters.statusIds.map((id) => catalog.statusIdAsNamed(id))));
  if (filters.categories?.length) {
    const wanted = new Set(filters.categories);
    const statusIds = catalog.statuses.filter((s) => wanted.has(s.category)).map((s) => s.id);
    conditions.push(statusIds.length > 0 ? statusIn(statusIds) : NOTHING);
  }
  if (filters.types?.length) conditions.push({ sql: 't.type = any(?::text[])', params: [pgArray(filters.types)] });
  if (filters.stakeholder) {
    const { kind, id } = filters.stakeholder;
    conditions.push(hasStakeholder('fs', 'fs.principal_kind = ? and fs.principal_id = ?', [kind, id]));
  }
  if (filters.mine) conditions.push(hasStakeholder('ms', `ms.principal_kind = 'user' and ms.principal_id = ?`, [viewer.userId]));
  if (filters.myGroups) {
    const memberships = viewer.memberships;
    conditions.push(
      memberships.length === 0
        ? NOTHING
        : hasStakeholder('gs', '(gs.principal_kind, gs.principal_id) in (select * from unnest(?::text[], ?::int[]))', [
            pgArray(memberships.map((m) => m.kind)),
            pgArray(memberships.map((m) => m.id)),
          ]),
    );
  }
  return conditions;
}
