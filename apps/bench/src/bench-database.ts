// The benchmark's own database on DATABASE_URL's server, recreated each run, and the SQL that
// fills it with 100,000 tickets in a few seconds (generate_series, no API round trips).
import pg from 'pg';

export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_DATABASE = 'tickets_bench';

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

/** Demo users who file the seeded tickets, and the teams (group ids 1 WRT, 2 WST, 3 WCAT) assigned. */
const REQUESTERS = [2, 9, 5, 6, 8];
const TEAMS = 3;

/**
 * 100,000 contact tickets spread over the five system statuses (40 % open), each with its
 * requester (cc) and one team (assigned) as stakeholders and its creation log entry, like tickets
 * the API files. Then one ticket gets a 200-entry timeline (its creation and 199 comments).
 */
export async function seedTickets(url: string, count: number): Promise<{ timelineTicketId: number }> {
  return withClient(url, async (client) => {
    const [{ id: namespaceId }] = (await client.query<{ id: number }>(`select id from namespaces where key = 'wca'`)).rows as [{ id: number }];
    await client.query('begin');
    await client.query(
      `insert into tickets (id, namespace_id, type, title, state, status_id, version, created_by_user_id, created_at, updated_at, closed_at)
       select g, $1, 'contact', 'Seeded question #' || g,
              (case when g % 5 < 2 then 'open' else 'closed' end)::ticket_state, 1 + g % 5, 1,
              ($2::int[])[1 + g % ${REQUESTERS.length}],
              now() - make_interval(secs => ($3 - g) * 60), now() - make_interval(secs => ($3 - g) * 30),
              case when g % 5 < 2 then null else now() - make_interval(secs => ($3 - g) * 30) end
         from generate_series(1, $3) g`,
      [namespaceId, `{${REQUESTERS.join(',')}}`, count],
    );
    await client.query(
      `insert into ticket_stakeholders (namespace_id, ticket_id, principal_kind, principal_id, connection, role, is_active)
       select $1::int, t.id, 'user', t.created_by_user_id, 'cc'::stakeholder_connection, 'requester'::stakeholder_role, true from tickets t
       union all
       select $1::int, t.id, 'group', 1 + t.id % ${TEAMS}, 'assigned'::stakeholder_connection, 'actioner'::stakeholder_role, true from tickets t`,
      [namespaceId],
    );
    await client.query(
      `insert into ticket_logs (namespace_id, ticket_id, event_type, event, actor_user_id, acting_stakeholder_id, created_at)
       select $1::int, t.id, 'ticket.created',
              jsonb_build_object('type', 'ticket.created', 'ticketType', t.type, 'title', t.title, 'state', 'open',
                                 'status', jsonb_build_object('id', 1, 'name', 'To do', 'category', 'to_do')),
              t.created_by_user_id, s.id, t.created_at
         from tickets t join ticket_stakeholders s on s.ticket_id = t.id and s.role = 'requester'`,
      [namespaceId],
    );
    // Ticket 1 (WST assigned … 1 % 3 = 1 → group 2) gets 199 comments by its requester, each logged.
    const timelineTicketId = 1;
    await client.query(
      `with requester as (select s.id, s.principal_id from ticket_stakeholders s where s.ticket_id = $2 and s.role = 'requester'),
            added as (
              insert into ticket_comments (namespace_id, ticket_id, body, author_user_id, acting_stakeholder_id, created_at)
              select $1::int, $2::int, 'Comment number ' || g || ' with a little **Markdown**.', r.principal_id, r.id, now() - make_interval(secs => 1000 - g)
                from generate_series(1, 199) g, requester r
              returning id, author_user_id, acting_stakeholder_id, created_at)
       insert into ticket_logs (namespace_id, ticket_id, event_type, event, actor_user_id, acting_stakeholder_id, created_at)
       select $1::int, $2::int, 'comment.added', jsonb_build_object('type', 'comment.added', 'commentId', a.id), a.author_user_id, a.acting_stakeholder_id, a.created_at from added a`,
      [namespaceId, timelineTicketId],
    );
    await client.query(`update tickets set version = 200 where id = $1`, [timelineTicketId]);
    for (const table of ['tickets', 'ticket_stakeholders', 'ticket_logs', 'ticket_comments']) {
      await client.query(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
    }
    await client.query('commit');
    await client.query('analyze');
    return { timelineTicketId };
  });
}
