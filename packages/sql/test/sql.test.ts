import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arrayLiteral, sql, sqlClient } from '../src/index.js';

describe('sql`…`', () => {
  it('binds every interpolated value as a parameter, never as text', () => {
    const name = "Robert'); drop table tickets; --";
    const query = sql`select id from users where name = ${name} and id > ${3}`;
    expect(query.text).toBe('select id from users where name = ? and id > ?');
    expect(query.values).toEqual([name, 3]);
  });

  it('splices a nested statement with its own values, in order', () => {
    const visible = sql`t.namespace_id = ${7}`;
    const query = sql`select 1 from tickets t where ${sql.and([visible, sql`t.state = ${'open'}`])} limit ${10}`;
    expect(query.text).toBe('select 1 from tickets t where (t.namespace_id = ?) and (t.state = ?) limit ?');
    expect(query.values).toEqual([7, 'open', 10]);
  });

  it('escapes the literal question marks of the SQL itself, so knex does not take them for placeholders', () => {
    const query = sql`select metadata ? 'note' as has_note from t where id = ${1}`;
    expect(query.text).toBe("select metadata \\? 'note' as has_note from t where id = ?");
    expect(sql.raw('a ?| b').text).toBe('a \\?| b');
  });

  it('admits only lower-case identifiers', () => {
    expect(sql.id('tickets_bug_report').text).toBe('"tickets_bug_report"');
    for (const bad of ['Tickets', 'a b', 'x"; drop table y; --', '', '1a']) expect(() => sql.id(bad)).toThrow(/not a SQL identifier/);
  });

  it('makes `and` of no condition true and joins lists with their values', () => {
    expect(sql.and([]).text).toBe('true');
    const joined = sql.join([sql`(${1}, ${'a'})`, sql`(${2}, ${'b'})`]);
    expect(joined.text).toBe('(?, ?), (?, ?)');
    expect(joined.values).toEqual([1, 'a', 2, 'b']);
  });

  it('binds a list as one array parameter cast to its element type', () => {
    const query = sql`select * from t where id = any(${sql.list([1, 2, 3], 'int')})`;
    expect(query.text).toBe('select * from t where id = any(?::int[])');
    expect(query.values).toEqual(['{"1","2","3"}']);
  });
});

describe('arrayLiteral', () => {
  it('keeps each string inside its element, whatever it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (values) => {
        const literal = arrayLiteral(values);
        // Every element is one quoted run: unescaped quotes come in pairs, one pair per element.
        const unescapedQuotes = literal.replace(/\\[\\"]/g, '').match(/"/g)?.length ?? 0;
        expect(unescapedQuotes).toBe(values.length * 2);
      }),
    );
  });

  it('refuses numbers PostgreSQL cannot hold', () => {
    expect(() => arrayLiteral([Number.NaN])).toThrow(/cannot hold NaN/);
  });
});

describe('sqlClient', () => {
  const Row = z.object({ id: z.number() });

  it('parses rows by their schema and names the column that does not fit', async () => {
    const db = sqlClient(async () => [{ id: 1 }, { id: '2' }]);
    await expect(db.rows(sql`select id from t`, Row)).rejects.toThrow(/1\.id: .*select id from t/);
  });

  it('says when a statement that must return a row returned none', async () => {
    const db = sqlClient(async () => []);
    await expect(db.one(sql`insert into t default values returning id`, Row)).rejects.toThrow(/Expected one row, got none/);
    expect(await db.maybeOne(sql`select id from t`, Row)).toBeNull();
  });

  it('passes the text and values it built to the runner', async () => {
    const seen: unknown[] = [];
    const db = sqlClient(async (text, values) => {
      seen.push(text, values);
      return [];
    });
    await db.run(sql`delete from t where id = ${5}`);
    expect(seen).toEqual(['delete from t where id = ?', [5]]);
  });
});
