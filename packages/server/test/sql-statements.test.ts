// The statements `@tickets/sql` builds, run through MikroORM on real PostgreSQL: what knex does to
// `?`, to arrays and to quotes is what decides whether a value arrives whole.
import { sql } from '@tickets/sql';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sqlOf } from '../src/db/sql-client.js';
import { startTestApi } from './support/test-api.js';

const t = await startTestApi();

const db = () => sqlOf(t.api.services.orm.em.fork());
// PostgreSQL text holds any Unicode scalar value but NUL.
const pgText = fc.string({ unit: 'grapheme' }).filter((value) => !value.includes('\u0000'));

describe('owned SQL on PostgreSQL', () => {
  it('brings every text list back element for element, commas, braces, quotes and backslashes included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pgText, { maxLength: 8 }), async (values) => {
        const rows = await db().rows(sql`select unnest(${sql.list(values, 'text')}) as value`, z.object({ value: z.string() }));
        expect(rows.map((row) => row.value)).toEqual(values);
      }),
      { numRuns: 60 },
    );
  });

  it('binds a hostile string as a value, and keeps the SQL\'s own question marks', async () => {
    const hostile = "x' or 1=1; drop table tickets; -- ? ??";
    const row = await db().one(sql`select ${hostile}::text as value, '{"a":1}'::jsonb ? 'a' as has_a`, z.object({ value: z.string(), has_a: z.boolean() }));
    expect(row).toEqual({ value: hostile, has_a: true });
    const [tickets] = await db().rows(sql`select to_regclass('tickets')::text as name`, z.object({ name: z.string().nullable() }));
    expect(tickets?.name).toBe('tickets');
  });

  it('runs inside the caller\'s transaction: a rolled back insert leaves nothing', async () => {
    const em = t.api.services.orm.em.fork();
    const name = "sql-rollback";
    await expect(
      em.transactional(async (tx) => {
        await sqlOf(tx).run(sql`insert into user_groups (key, name) values (${name}, ${name})`);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db().maybeOne(sql`select id from user_groups where key = ${name}`, z.object({ id: z.number() }))).toBeNull();
  });
});
