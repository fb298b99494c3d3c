import type { PrincipalRef, TicketState, Viewer } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { effectiveStatusSql } from '../statuses/effective-status-sql.js';
import type { StatusCatalog } from '../statuses/status-catalog.js';
import type { TicketListFilters } from './ticket-list-filters.js';
import { principalIn } from './visibility-sql.js';

/*
 * Why lanes: a page of "the open tickets of my groups, newest first" must cost the same whether the
 * namespace holds ten thousand tickets or a million, and whether the viewer's tickets are many or
 * rare. A lane is one index range already in update order: the `ticket_access` rows of one principal
 * with one state (or status, or type), or, for a site admin, the `tickets` rows of one state (or
 * status, or type). A page reads at most a page from each lane after the cursor and merges them, so
 * its cost is (lanes × page), whatever the table's size. A ticket has one state, status and type, and
 * one `ticket_access` row per principal, so no lane holds a ticket twice: the newest page of the merge
 * is the newest page of the whole list.
 */

const STATES: readonly TicketState[] = ['open', 'closed'];

/** The column a list's lanes are split by, and its values (one lane per value and principal). */
export type LaneDimension =
  | { column: 'state'; values: readonly TicketState[] }
  | { column: 'status_id'; values: readonly number[] }
  | { column: 'type'; values: readonly string[] };

export interface LanePlan {
  /** Whose `ticket_access` rows the lanes walk; null: the site admin's lanes over `tickets`. */
  principals: readonly PrincipalRef[] | null;
  dimension: LaneDimension;
  /** Further conditions on a lane's row (alias `r`: columns state, status_id, type, ticket id). */
  conditions: Statement[];
}

/** What a list's filters leave: lanes to walk, or nothing at all (an empty filter, no groups). */
export type ListPlan = { kind: 'lanes'; plan: LanePlan } | { kind: 'nothing' };

interface PrincipalSet {
  principals: readonly PrincipalRef[];
}

const keyOf = (p: PrincipalRef) => `${p.kind}:${p.id}`;

/**
 * The principal sets a listed ticket must each have an access row from: the viewer's own (unless
 * they are a site admin), and one per principal filter. The smallest becomes the lanes; the others
 * are checks on the ticket's access rows, left out when the lanes already imply them.
 */
function principalSets(filters: TicketListFilters, viewer: Viewer): PrincipalSet[] {
  const own: PrincipalRef = { kind: 'user', id: viewer.userId };
  const groups = viewer.memberships.map((m): PrincipalRef => ({ kind: m.kind, id: m.id }));
  const sets: PrincipalSet[] = [];
  if (filters.mine) sets.push({ principals: [own] });
  if (filters.stakeholder) sets.push({ principals: [{ kind: filters.stakeholder.kind, id: filters.stakeholder.id }] });
  if (filters.myGroups) sets.push({ principals: groups });
  if (!viewer.isSiteAdmin) sets.push({ principals: [own, ...groups] });
  return sets;
}

/** The stored status ids whose tickets may show as one of `wanted` (pending mappings followed). */
function storedStatusCandidates(catalog: StatusCatalog, wanted: ReadonlySet<number>): number[] {
  const candidates = new Set(wanted);
  for (const mapping of catalog.mappings) {
    for (const partition of catalog.partitions()) {
      if (wanted.has(catalog.resolverFor(partition)(mapping.from))) candidates.add(mapping.from);
    }
  }
  return [...candidates];
}

/** The effective statuses a list asks for, or undefined when it names none. */
function wantedStatuses(filters: TicketListFilters, catalog: StatusCatalog): Set<number> | undefined {
  let wanted: Set<number> | undefined;
  if (filters.statusIds?.length) wanted = new Set(filters.statusIds.map((id) => catalog.statusIdAsNamed(id)));
  if (filters.categories?.length) {
    const categories = new Set(filters.categories);
    const ofCategories = catalog.statuses.filter((s) => categories.has(s.category)).map((s) => s.id);
    wanted = new Set(wanted ? ofCategories.filter((id) => wanted!.has(id)) : ofCategories);
  }
  return wanted;
}

/**
 * Plans a list: which lanes to walk and what to check on each row. Lanes split by status when the
 * list names statuses (the narrowest split), else by type, else by state, so a rare status or type
 * is found without walking past the common ones.
 */
export function planTicketList(filters: TicketListFilters, viewer: Viewer, catalog: StatusCatalog): ListPlan {
  const sets = principalSets(filters, viewer);
  if (sets.some((set) => set.principals.length === 0)) return { kind: 'nothing' };
  const lanes = sets.length === 0 ? null : sets.reduce((a, b) => (b.principals.length < a.principals.length ? b : a));
  const conditions: Statement[] = [];
  if (lanes) {
    const laneKeys = lanes.principals.map(keyOf);
    for (const set of sets) {
      const keys = new Set(set.principals.map(keyOf));
      if (laneKeys.every((key) => keys.has(key))) continue;
      conditions.push(sql`exists (select 1 from ticket_access pa where pa.ticket_id = r.ticket_id and ${principalIn(sql`pa`, set.principals)})`);
    }
  }

  const wanted = wantedStatuses(filters, catalog);
  if (wanted && wanted.size === 0) return { kind: 'nothing' };
  // While a removed status is pending, a ticket still stored on it shows as its mapping: compare
  // the effective status, which is the stored one when nothing is pending.
  if (wanted && catalog.mappings.length > 0) conditions.push(sql`${effectiveStatusSql(catalog, 'r')} = any(${sql.list([...wanted], 'int')})`);
  const types = filters.types?.length ? filters.types : undefined;
  const state = filters.state;

  let dimension: LaneDimension;
  if (wanted) {
    dimension = { column: 'status_id', values: storedStatusCandidates(catalog, wanted) };
    if (types) conditions.push(sql`r.type = any(${sql.list(types, 'text')})`);
    if (state) conditions.push(sql`r.state = ${state}::ticket_state`);
  } else if (types) {
    dimension = { column: 'type', values: types };
    if (state) conditions.push(sql`r.state = ${state}::ticket_state`);
  } else {
    dimension = { column: 'state', values: state ? [state] : STATES };
  }
  return { kind: 'lanes', plan: { principals: lanes?.principals ?? null, dimension, conditions } };
}

function laneValues(dimension: LaneDimension): Statement {
  switch (dimension.column) {
    case 'state':
      return sql`unnest(${sql.list(dimension.values, 'text')}::ticket_state[])`;
    case 'status_id':
      return sql`unnest(${sql.list(dimension.values, 'int')})`;
    case 'type':
      return sql`unnest(${sql.list(dimension.values, 'text')})`;
  }
}

export interface LaneWalk {
  /** Rows after this (updated_at, ticket id) position in the walk's order; none: from the start. */
  after?: { at: string; id: number } | undefined;
  direction: 'asc' | 'desc';
  /** How many rows to take from each lane, and from the merge. */
  take: number;
}

/**
 * The merged lanes as `(ticket_id, updated_at)` rows, newest (or oldest) first, at most `take`,
 * each ticket once. The caller joins `tickets` for the columns it shows.
 */
export function laneRows(namespaceId: number, plan: LanePlan, walk: LaneWalk): Statement {
  const dir = walk.direction === 'desc' ? sql`desc` : sql`asc`;
  // `tickets` calls its key `id`, `ticket_access` `ticket_id`; a lane's rows leave as `ticket_id`.
  const key = sql.raw(plan.principals === null ? 'r.id' : 'r.ticket_id');
  const after = walk.after
    ? walk.direction === 'desc'
      ? sql`(r.updated_at, ${key}) < (${walk.after.at}::timestamptz, ${walk.after.id})`
      : sql`(r.updated_at, ${key}) > (${walk.after.at}::timestamptz, ${walk.after.id})`
    : sql`true`;
  const column = sql.id(plan.dimension.column);
  const conditions = sql.and([...plan.conditions, after]);
  const lane = (from: Statement, scope: Statement) =>
    sql`cross join lateral (
          select ${key} as ticket_id, r.updated_at from ${from}
           where ${scope} and r.${column} = v.value and ${conditions}
           order by r.updated_at ${dir}, ${key} ${dir}
           limit ${walk.take}) x`;
  if (plan.principals === null) {
    return sql`select x.ticket_id, x.updated_at
                 from ${laneValues(plan.dimension)} as v(value)
                 ${lane(sql`tickets r`, sql`r.namespace_id = ${namespaceId}`)}
                order by x.updated_at ${dir}, x.ticket_id ${dir}
                limit ${walk.take}`;
  }
  const kinds = sql.list(plan.principals.map((p) => p.kind), 'text');
  const ids = sql.list(plan.principals.map((p) => p.id), 'int');
  return sql`select distinct x.ticket_id, x.updated_at
               from unnest(${kinds}, ${ids}) as p(kind, id)
               cross join ${laneValues(plan.dimension)} as v(value)
               ${lane(sql`ticket_access r`, sql`r.namespace_id = ${namespaceId} and r.principal_kind = p.kind and r.principal_id = p.id`)}
              order by x.updated_at ${dir}, x.ticket_id ${dir}
              limit ${walk.take}`;
}
