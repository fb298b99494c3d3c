import { describe, expect, it } from 'vitest';
import { startTestApi } from './support/test-api.js';

const t = await startTestApi();

describe('entities and migrations', () => {
  it('agree: the migrated schema has every table, column, index and type the entities declare', async () => {
    const diff = await t.api.services.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true, dropTables: false });
    // The migrations add what entities cannot express (foreign keys, checks, defaults, expression
    // indexes), so the diff may drop those; it must never need to add anything.
    const additions = diff.split('\n').filter((sql) => /create table|add column|add "|create (unique )?index|create type|add constraint/i.test(sql));
    expect(additions).toEqual([]);
  });
});
