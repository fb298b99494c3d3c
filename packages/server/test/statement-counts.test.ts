// How many statements each hot procedure sends, over the real API stack (HTTP, tRPC, the request
// context, PostgreSQL): a change that adds a query fails here, whatever the machine's speed. The
// goal (issue #14): at most 4 statements in a change's transaction with warm caches (the status
// catalog kept per namespace until its version moves, the viewer read once per token).
import { createTRPCClient, httpLink } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/issue-token.js';
import type { AppRouter } from '../src/trpc/root.js';
import { ritasPlainRequest, user } from './support/ritas-ticket.js';
import { type DemoLogin, startTestApi, userId } from './support/test-api.js';

const t = await startTestApi();

/** A client whose every request carries the same token, as a page does between two token renewals. */
async function clientOf(login: DemoLogin, expiresIn?: string) {
  const token = await issueToken(t.api.services.tokenKey, userId(login), expiresIn ? { expiresIn } : {});
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${t.api.url}/trpc`, headers: { authorization: `Bearer ${token}` } })] });
}

// The query log's lines read "[query] <sql> [took 1 ms, 1 result]", with colours.
// eslint-disable-next-line no-control-regex
const clean = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '').replace(/^\[query\] /, '').replace(/ \[took .*\]$/, '');

interface Sent {
  /** Statements before BEGIN (the viewer's read, on a token's first request). */
  before: string[];
  /** Statements between BEGIN and COMMIT. */
  inTransaction: string[];
}

/** The statements one call sends (the status-migration queue's own polling left out). */
async function sentBy(call: () => Promise<unknown>): Promise<Sent> {
  const from = t.queries.length;
  await call();
  const sent = t.queries
    .slice(from)
    .map(clean)
    .filter((text) => !/pgboss/i.test(text));
  const begin = sent.indexOf('begin');
  const commit = sent.lastIndexOf('commit');
  expect(begin, `one transaction in: ${sent.join('\n')}`).toBeGreaterThanOrEqual(0);
  expect(sent.slice(commit + 1), 'nothing after the commit').toEqual([]);
  return { before: sent.slice(0, begin), inTransaction: sent.slice(begin + 1, commit) };
}

// What each statement of a change is, by how it starts.
const LOCK_CATALOG = expect.stringMatching(/^select pg_advisory_xact_lock_shared\(/);
const LOCK_TICKET = expect.stringMatching(/^select t\.id, .* as catalog_version, .* as stakeholders from tickets t .* for update of t$/);
const STORE_CHANGE = expect.stringMatching(/^with stored as \(update tickets set .*\) insert into ticket_logs /);
const INSERT_COMMENT = expect.stringMatching(/^insert into ticket_comments /);
const FIND_TICKET = expect.stringMatching(/^select t\.id, .* from tickets t where t\.id = \$1 /);
const CATALOG = [
  expect.stringMatching(/^select n\.uses_custom_statuses, /),
  expect.stringMatching(/^select l\.id, l\.name, /),
  expect.stringMatching(/^select id, migration_id, /),
];

/** Rita's plain request, and Ana (WRT) working on it with one token, its caches warmed by a first change. */
async function warmTicket() {
  const ticket = await ritasPlainRequest(t);
  const ana = await clientOf('ana');
  const { version } = await ana.tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: 1, statusId: ticket.status('In progress') });
  return { ...ticket, ana, version };
}

describe('statements of the hot changes, with warm caches', () => {
  it('tickets.setStatus: the catalog lock, the ticket with its stakeholders, the change with its log entry', async () => {
    const { id, ana, version, status } = await warmTicket();
    const sent = await sentBy(() => ana.tickets.setStatus.mutate({ ticketId: id, expectedVersion: version, statusId: status('To do') }));
    expect(sent).toEqual({ before: [], inTransaction: [LOCK_CATALOG, LOCK_TICKET, STORE_CHANGE] });
  });

  it('tickets.close and tickets.reopen: the same three, the "closed" mail recorded with its log entry', async () => {
    const { id, ana, version } = await warmTicket();
    const closed = await sentBy(() => ana.tickets.close.mutate({ ticketId: id, expectedVersion: version }));
    expect(closed).toEqual({ before: [], inTransaction: [LOCK_CATALOG, LOCK_TICKET, STORE_CHANGE] });
    const reopened = await sentBy(() => ana.tickets.reopen.mutate({ ticketId: id, expectedVersion: version + 1 }));
    expect(reopened).toEqual({ before: [], inTransaction: [LOCK_CATALOG, LOCK_TICKET, STORE_CHANGE] });
  });

  it('comments.add: four, the comment inserted before the change that logs it; its mails written after the commit', async () => {
    const { id, ana, version } = await warmTicket();
    const sent = await sentBy(async () => {
      await ana.comments.add.mutate({ ticketId: id, expectedVersion: version, body: 'Any news?' });
      // The outbox writer runs beside requests (woken by this one): its statements are no request's.
      await t.api.mail.writer.writeDue();
    });
    expect(sent).toEqual({ before: [], inTransaction: [LOCK_CATALOG, LOCK_TICKET, INSERT_COMMENT, STORE_CHANGE] });
    const [mails] = await t.api.services.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from mail_outbox where event_key like 'comment:%' and ticket_id = ?`, [id]);
    expect(mails!.n).toBe(1);
  });

  it('tickets.markDuplicate: four, the original checked as one the viewer may see', async () => {
    const { id, ana, version } = await warmTicket();
    const original = await ritasPlainRequest(t, 'The same, filed first');
    const sent = await sentBy(() => ana.tickets.markDuplicate.mutate({ ticketId: id, expectedVersion: version, duplicateOfId: original.id }));
    expect(sent).toEqual({ before: [], inTransaction: [LOCK_CATALOG, LOCK_TICKET, FIND_TICKET, STORE_CHANGE] });
  });

  it('stakeholders.add: five, the added principal named by the directory and inserted', async () => {
    const { id, ana, version } = await warmTicket();
    const sent = await sentBy(() => ana.stakeholders.add.mutate({ ticketId: id, expectedVersion: version, principal: user('ben'), connection: 'cc', role: 'actioner' }));
    expect(sent.before).toEqual([]);
    expect(sent.inTransaction).toEqual([
      LOCK_CATALOG,
      LOCK_TICKET,
      expect.stringMatching(/^select 'user'::text as kind, id, name from users /),
      expect.stringMatching(/^insert into ticket_stakeholders /),
      STORE_CHANGE,
    ]);
  });
});

describe('what a cold cache costs', () => {
  it('reads the catalog again (three statements) once its version moved, and only then', async () => {
    const { id, ana, version, status } = await warmTicket();
    // Any change to the namespace's statuses, by any process, moves the version (triggers do it).
    await t.api.services.orm.em.fork().execute('update namespaces set catalog_version = catalog_version + 1 where id = ?', [t.api.services.namespace.id]);
    const cold = await sentBy(() => ana.tickets.setStatus.mutate({ ticketId: id, expectedVersion: version, statusId: status('To do') }));
    expect(cold).toEqual({ before: [], inTransaction: [LOCK_CATALOG, LOCK_TICKET, ...CATALOG, STORE_CHANGE] });
    const warm = await sentBy(() => ana.tickets.setStatus.mutate({ ticketId: id, expectedVersion: version + 1, statusId: status('In progress') }));
    expect(warm.inTransaction).toHaveLength(3);
  });

  it('reads the viewer once per token: on its first request, before the transaction', async () => {
    const { id, version, status } = await warmTicket();
    // Another lifetime than every other token of this file: a token of its own, never seen before.
    const fresh = await clientOf('ana', '7h');
    const first = await sentBy(() => fresh.tickets.setStatus.mutate({ ticketId: id, expectedVersion: version, statusId: status('To do') }));
    expect(first.before).toEqual([expect.stringMatching(/^select u\.id, u\.name, u\.is_site_admin, .* from users u /)]);
    expect(first.inTransaction).toHaveLength(3);
    const second = await sentBy(() => fresh.tickets.setStatus.mutate({ ticketId: id, expectedVersion: version + 1, statusId: status('In progress') }));
    expect(second).toEqual({ before: [], inTransaction: [LOCK_CATALOG, LOCK_TICKET, STORE_CHANGE] });
  });
});
