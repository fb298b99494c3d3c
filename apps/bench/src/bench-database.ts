// The benchmark's own database on DATABASE_URL's server, recreated each run, and the SQL that fills
// it: tickets are generated inside PostgreSQL (generate_series, no API round trips), so a million
// take minutes, and the database grows from one scale to the next without being seeded again.
import pg from 'pg';

export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Its own name: the server's status-migration bench drops and recreates `tickets_bench`, and may run at the same time. */
export const BENCH_DATABASE = 'tickets_api_bench';

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function recreateBenchDatabase(): Promise<string> {
  await withClient(databaseUrl('postgres'), async (client) => {
    await client.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await client.query(`create database ${BENCH_DATABASE}`);
  });
  return databaseUrl(BENCH_DATABASE);
}

/**
 * Who the seeded tickets belong to. The demo directory (packages/server/src/seed/demo-directory.ts)
 * gives the people; the bench adds requesters of its own so that no one but `requester` files many.
 */
export const SEED = {
  /** John (demo user 9, no groups) files 1 ticket in 50: 20,000 of 1,000,000, spread through time. */
  requester: 9,
  requesterShare: 50,
  /** Other requesters: bench users with ids from 1000, each filing a few tickets. */
  otherRequesters: { firstId: 1000, count: 2000 },
  /** Each ticket is assigned to one of the teams WRT, WST, WCAT (groups 1–3): about a third each. */
  teams: [1, 2, 3],
  /** System statuses by share (per cent): To do and In progress open (30 %), the rest closed. */
  statuses: [
    { id: 1, upTo: 15 },
    { id: 2, upTo: 30 },
    { id: 3, upTo: 80 },
    { id: 4, upTo: 93 },
    { id: 5, upTo: 100 },
  ],
  openStatusIds: [1, 2],
  /** Types by share (per cent). Only `contact` is a plugin the API serves; the others are labels a list filters on. */
  types: [
    { type: 'contact', upTo: 60 },
    { type: 'bench-feedback', upTo: 90 },
    { type: 'bench-request', upTo: 100 },
  ],
  /** Ticket 1 gets a 200-entry timeline (its creation and 199 comments), and John files it. */
  timelineTicketId: 1,
} as const;

/**
 * A pseudo-random share 0..99 of ticket g, one per salt: PostgreSQL's own integer hash, so who filed
 * a ticket, its team, status, type and time are independent of each other and of the ticket's id.
 */
const share = (g: string, salt: number) => `mod(hashint4(${g} # ${salt})::bigint + 2147483648, 100)`;
const wide = (g: string, salt: number) => `(hashint4(${g} # ${salt})::bigint + 2147483648)`;

function caseOf<T extends string | number>(bucket: string, table: readonly { upTo: number; value: T }[], quote: (value: T) => string): string {
  return `case ${table.map((row) => `when ${bucket} < ${row.upTo} then ${quote(row.value)}`).join(' ')} end`;
}

/** The demo namespace's id and the bench's own requesters, once per database. */
export async function prepareDirectory(url: string): Promise<{ namespaceId: number }> {
  return withClient(url, async (client) => {
    const [row] = (await client.query<{ id: number }>(`select id from namespaces where key = 'wca'`)).rows;
    if (!row) throw new Error(`The bench database has no namespace 'wca': the API's demo seed (SEED_DEMO=true) did not run.`);
    const { firstId, count } = SEED.otherRequesters;
    await client.query(
      `insert into users (id, name, email, is_site_admin, created_at)
       select $1::int + i, 'Bench requester ' || i, null, false, now() from generate_series(0, $2::int - 1) i`,
      [firstId, count],
    );
    await client.query(`select setval(pg_get_serial_sequence('users', 'id'), (select max(id) from users))`);
    return { namespaceId: row.id };
  });
}

/**
 * Tickets `from`..`to` (ids), each with its requester (cc) and its team (assigned) as stakeholders
 * and its creation log entry, as the API files them; the migration's triggers fill `ticket_access`
 * from the stakeholders. Ids follow creation time (one ticket every 30 s), and each ticket was last
 * updated up to 30 days after it was created, so the update order is not the id order and every
 * requester's and team's tickets are spread through it.
 */
export async function seedTickets(url: string, namespaceId: number, from: number, to: number): Promise<void> {
  // Chunks of their own transaction keep the triggers' pending events and the WAL of one commit bounded.
  for (let first = from; first <= to; first += SEED_CHUNK) await seedChunk(url, namespaceId, first, Math.min(to, first + SEED_CHUNK - 1));
  // Fresh statistics, and a visibility map so that counts can be index-only scans.
  await withClient(url, (client) => client.query('vacuum analyze tickets, ticket_stakeholders, ticket_access, ticket_logs, ticket_comments, users'));
}

const SEED_CHUNK = 100_000;

async function seedChunk(url: string, namespaceId: number, from: number, to: number): Promise<void> {
  const { requester, requesterShare, otherRequesters, teams } = SEED;
  const status = caseOf(share('g', 3), SEED.statuses.map((s) => ({ upTo: s.upTo, value: s.id })), String);
  const type = caseOf(share('g', 4), SEED.types.map((t) => ({ upTo: t.upTo, value: t.type })), (value) => `'${value}'`);
  const filedBy = `case when g = ${SEED.timelineTicketId} or mod(${wide('g', 1)}, ${requesterShare}) = 0 then ${requester}
                        else ${otherRequesters.firstId} + mod(${wide('g', 1)} / ${requesterShare}, ${otherRequesters.count}) end`;
  await withClient(url, async (client) => {
    await client.query('begin');
    await client.query(
      `insert into tickets (id, namespace_id, type, title, state, status_id, version, created_by_user_id, created_at, updated_at, closed_at)
       select g, $1, k.type, 'Seeded question #' || g, k.state, k.status_id, 1, k.filed_by, k.created_at, k.updated_at,
              case when k.state = 'closed' then k.updated_at end
         from generate_series($2::int, $3::int) g
        cross join lateral (
          select s.*, (case when s.status_id = any($4::int[]) then 'open' else 'closed' end)::ticket_state as state,
                 s.created_at + make_interval(secs => mod(${wide('g', 5)}, 30 * 24 * 3600)) as updated_at
            from (select ${type} as type, ${status} as status_id, ${filedBy} as filed_by,
                         timestamptz '2025-01-01 00:00:00+00' + make_interval(secs => g * 30) as created_at) s
        ) k`,
      [namespaceId, from, to, SEED.openStatusIds],
    );
    await client.query(
      `insert into ticket_stakeholders (namespace_id, ticket_id, principal_kind, principal_id, connection, role, is_active, created_at)
       select $1::int, t.id, 'user', t.created_by_user_id, 'cc'::stakeholder_connection, 'requester'::stakeholder_role, true, t.created_at
         from tickets t where t.id between $2 and $3
       union all
       select $1::int, t.id, 'group', ($4::int[])[1 + mod(${wide('t.id', 2)}, ${teams.length})], 'assigned'::stakeholder_connection, 'actioner'::stakeholder_role, true, t.created_at
         from tickets t where t.id between $2 and $3`,
      [namespaceId, from, to, teams],
    );
    await client.query(
      `insert into ticket_logs (namespace_id, ticket_id, event_type, event, actor_user_id, acting_stakeholder_id, created_at)
       select $1::int, t.id, 'ticket.created',
              jsonb_build_object('type', 'ticket.created', 'ticketType', t.type, 'title', t.title, 'state', 'open',
                                 'status', jsonb_build_object('id', 1, 'name', 'To do', 'category', 'to_do')),
              t.created_by_user_id, s.id, t.created_at
         from tickets t join ticket_stakeholders s on s.ticket_id = t.id and s.role = 'requester'
        where t.id between $2 and $3`,
      [namespaceId, from, to],
    );
    if (from <= SEED.timelineTicketId && SEED.timelineTicketId <= to) await addTimeline(client, namespaceId, SEED.timelineTicketId);
    for (const table of ['tickets', 'ticket_stakeholders', 'ticket_logs', 'ticket_comments']) {
      await client.query(`select setval(pg_get_serial_sequence('${table}', 'id'), greatest(1, (select max(id) from ${table})))`);
    }
    await client.query('commit');
  });
}

/** 199 comments by the ticket's requester, each logged: with its creation, a 200-entry timeline. */
async function addTimeline(client: pg.Client, namespaceId: number, ticketId: number): Promise<void> {
  await client.query(
    `with requester as (select s.id, s.principal_id from ticket_stakeholders s where s.ticket_id = $2 and s.role = 'requester'),
          added as (
            insert into ticket_comments (namespace_id, ticket_id, body, author_user_id, acting_stakeholder_id, created_at)
            select $1::int, $2::int, 'Comment number ' || g || ' with a little **Markdown**.', r.principal_id, r.id, t.created_at + make_interval(secs => g)
              from generate_series(1, 199) g, requester r, tickets t where t.id = $2
            returning id, author_user_id, acting_stakeholder_id, created_at)
     insert into ticket_logs (namespace_id, ticket_id, event_type, event, actor_user_id, acting_stakeholder_id, created_at)
     select $1::int, $2::int, 'comment.added', jsonb_build_object('type', 'comment.added', 'commentId', a.id), a.author_user_id, a.acting_stakeholder_id, a.created_at from added a`,
    [namespaceId, ticketId],
  );
  await client.query(`update tickets set version = 200 where id = $1`, [ticketId]);
}
