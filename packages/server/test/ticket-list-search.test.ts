import { sql } from '@tickets/sql';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sqlOf } from '../src/db/sql-client.js';
import { ticketSearchCondition } from '../src/modules/tickets/ticket-list-search.js';
import { type DemoLogin, failureOf, startTestApi } from './support/test-api.js';

// Issue #19, point 1: a list is searched, sorted and filtered by the server, never by what a page loaded.
const t = await startTestApi();
const em = () => t.api.services.orm.em.fork();

/** The tickets of the story, by name. */
const ids = { passport: 0, country: 0, birthDate: 0, johnsWrong: 0, review: 0 };

async function file(login: DemoLogin, type: string, title: string, metadata: unknown = {}) {
  return (await t.client(login).tickets.create.mutate({ type, title, metadata })).id;
}

type ListInput = Parameters<ReturnType<typeof t.caller>['tickets']['list']>[0];
const listIds = async (login: DemoLogin, input: ListInput) => (await t.caller(login).tickets.list(input)).items.map((item) => item.id);

/** Every page of a list, following the cursors one ticket at a time. */
async function pagedIds(login: DemoLogin, input: ListInput): Promise<number[]> {
  const seen: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await t.caller(login).tickets.list({ ...input, limit: 1, ...(cursor ? { cursor } : {}) });
    seen.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

beforeAll(async () => {
  ids.passport = await file('rita', 'plain-request', 'Misspelled name');
  ids.country = await file('rita', 'plain-request', 'Wrong country');
  ids.birthDate = await file('rita', 'plain-request', 'Birth date');
  ids.review = await file('rita', 'reviewed-request', 'Please review my name', { reason: 'Married' });
  ids.johnsWrong = await file('john', 'plain-request', 'Wrong country too');
  const rita = t.client('rita');
  await rita.comments.add.mutate({ ticketId: ids.passport, expectedVersion: 1, body: 'My passport says Müller-Łukasiewicz, not Muller.' });
  await t.client('john').comments.add.mutate({ ticketId: ids.johnsWrong, expectedVersion: 1, body: 'My passport too.' });
  // Statuses of three categories: in progress (2), to do (the default), done (closed).
  await t.client('ana').tickets.setStatus.mutate({ ticketId: ids.country, expectedVersion: 1, statusId: 2 });
  await t.client('ana').tickets.close.mutate({ ticketId: ids.birthDate, expectedVersion: 1 });
});

describe('tickets.list: search', () => {
  it('finds words of titles and of comments, by their start, only among the tickets the viewer may see', async () => {
    expect(await listIds('rita', { search: 'wrong' })).toEqual([ids.country]);
    expect(await listIds('john', { search: 'wrong' })).toEqual([ids.johnsWrong]);
    expect(await listIds('rita', { search: 'WRO COUN' })).toEqual([ids.country]);
    // A comment's words, whatever the script, and with the title's words together.
    expect(await listIds('rita', { search: 'łukasie' })).toEqual([ids.passport]);
    expect(await listIds('rita', { search: 'passport' })).toEqual([ids.passport]);
    expect(await listIds('dora', { search: 'passport' })).toEqual([]);
    expect((await listIds('sam', { search: 'passport' })).sort((a, b) => a - b)).toEqual([ids.passport, ids.johnsWrong]);
    // Every word must match.
    expect(await listIds('rita', { search: 'wrong name' })).toEqual([]);
    const counted = await t.caller('rita').tickets.list({ search: 'name' });
    expect(counted.items.map((item) => item.id).sort((a, b) => a - b)).toEqual([ids.passport, ids.review]);
    expect(counted.total).toBe(2);
  });

  it('finds a ticket by its number, but only one the viewer may see', async () => {
    expect(await listIds('rita', { search: `#${ids.birthDate}` })).toEqual([ids.birthDate]);
    expect(await listIds('rita', { search: `#${ids.johnsWrong}` })).toEqual([]);
  });

  it('takes any text as words only: query syntax, quotes, emoji and control characters find nothing and break nothing', async () => {
    for (const text of ["'):* | !wrong & (", '"wrong"', '%_\\', '\u0007\u001b', '🧊🧊', '   ', 'a'.repeat(200)]) {
      const page = await t.caller('rita').tickets.list({ search: text });
      expect(page.items.every((item) => [ids.passport, ids.country, ids.birthDate, ids.review].includes(item.id))).toBe(true);
    }
    expect(await listIds('rita', { search: "'):* | !wrong & (" })).toEqual([ids.country]);
    expect((await failureOf(t.client('rita').tickets.list.query({ search: 'a'.repeat(201) }))).code).toBe('BAD_REQUEST');
    // What PostgreSQL cannot hold as text is refused before any SQL, as in every other field.
    expect((await failureOf(t.client('rita').tickets.list.query({ search: 'wrong\u0000' }))).code).toBe('BAD_REQUEST');
  });

  it('is answered from the title and comment indexes, not by reading every ticket and comment', async () => {
    const plan = await em().transactional(async (tx) => {
      // With a handful of rows the planner would scan anyway; forbid it, so only an index can serve.
      await tx.execute('set local enable_seqscan = off');
      const rows = await sqlOf(tx).rows(sql`explain select t.id from tickets t where ${ticketSearchCondition('passport')}`, z.object({ 'QUERY PLAN': z.string() }));
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('tickets_title_search');
    expect(plan).toContain('ticket_comments_body_search');
  });
});

describe('tickets.list: sort by status', () => {
  const mine = () => [ids.passport, ids.country, ids.birthDate, ids.review];

  it('orders by the category of the status (to do, in progress, done), the same across pages as on one', async () => {
    const ascending = await listIds('rita', { sort: 'status', direction: 'asc' });
    expect(ascending.sort((a, b) => a - b)).toEqual(mine().sort((a, b) => a - b));
    const categories = (await t.caller('rita').tickets.list({ sort: 'status', direction: 'asc' })).items.map((item) => item.status.category);
    const order = ['triage', 'to_do', 'in_progress', 'done', 'canceled'];
    expect(categories.map((c) => order.indexOf(c))).toEqual([...categories.map((c) => order.indexOf(c))].sort((a, b) => a - b));
    expect(categories.at(-1)).toBe('done');
    expect(categories).toContain('in_progress');

    const inOnePage = await listIds('rita', { sort: 'status', direction: 'asc' });
    expect(await pagedIds('rita', { sort: 'status', direction: 'asc' })).toEqual(inOnePage);
    expect(await pagedIds('rita', { sort: 'status', direction: 'desc' })).toEqual([...inOnePage].reverse());
  });

  it('refuses a cursor of another order, naming both', async () => {
    const first = await t.caller('rita').tickets.list({ sort: 'status', limit: 1 });
    const failure = await failureOf(t.client('rita').tickets.list.query({ sort: 'created', cursor: first.nextCursor! }));
    expect(failure.code).toBe('BAD_REQUEST');
    expect(failure.message).toContain('status');
  });
});

describe('tickets.listChoices: what the filters offer', () => {
  it('offers every installed type and the statuses of their lifecycles, counting only the tickets the viewer may see', async () => {
    const choices = await t.caller('rita').tickets.listChoices();
    const types = new Map(choices.types.map((type) => [type.key, type.tickets]));
    // John's ticket is not counted; a type with no ticket of hers is still offered.
    expect(types.get('plain-request')).toBe(3);
    expect(types.get('reviewed-request')).toBe(1);
    expect([...types.keys()].sort()).toEqual(t.api.services.ticketTypes.all.map((type) => type.type).sort());
    // The counts add up to what her list shows, status by status.
    const listed = await t.caller('rita').tickets.list({ limit: 100 });
    const onStatus = new Map<number, number>();
    for (const item of listed.items) onStatus.set(item.status.id, (onStatus.get(item.status.id) ?? 0) + 1);
    expect(new Map(choices.statuses.filter((s) => s.tickets > 0).map((s) => [s.id, s.tickets]))).toEqual(onStatus);
    // A status no ticket of hers is on is offered too (she may file one that lands there).
    expect(choices.statuses.some((status) => status.tickets === 0)).toBe(true);

    const johns = await t.caller('john').tickets.listChoices();
    expect(johns.types.find((type) => type.key === 'plain-request')!.tickets).toBe(1);
    expect(johns.statuses.reduce((sum, status) => sum + status.tickets, 0)).toBe(1);
  });

  it('names types and the types’ own statuses in the reader’s language', async () => {
    const choices = await t.client('rita', 'es').tickets.listChoices.query();
    expect(choices.types.find((type) => type.key === 'reviewed-request')!.title).toBe('Solicitud revisada');
    // Her reviewed request is on its type's own "Requested", which the type names in Spanish.
    expect(choices.statuses.map((status) => status.name)).toContain('Solicitada');
  });
});
