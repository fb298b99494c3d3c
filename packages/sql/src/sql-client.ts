// Rows are parsed by their schema, not cast: a column renamed by a migration, or a value the driver
// returns in another shape (a bigint as text, a timestamp as a Date), fails at the query that read it
// with the column's name, instead of turning up later as undefined.
import { z } from 'zod';
import type { Statement } from './statement.js';

/** What runs a statement in the caller's transaction: `(text, values) => em.execute(text, values)`. */
export type Execute = (text: string, values: unknown[]) => Promise<unknown[]>;

export interface SqlClient {
  /** Every row, each parsed by `row`. */
  rows<Row extends z.ZodType>(query: Statement, row: Row): Promise<z.output<Row>[]>;
  /** The first row, parsed, or null when there is none. */
  maybeOne<Row extends z.ZodType>(query: Statement, row: Row): Promise<z.output<Row> | null>;
  /** The one row a statement must return (`insert … returning`): its absence is a bug, said as one. */
  one<Row extends z.ZodType>(query: Statement, row: Row): Promise<z.output<Row>>;
  /** A statement whose rows nobody reads. */
  run(query: Statement): Promise<void>;
}

function parse<Row extends z.ZodType>(rows: unknown[], row: Row, query: Statement): z.output<Row>[] {
  const parsed = z.array(row).safeParse(rows);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`A row did not have the expected shape (${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}) for: ${query.text.replace(/\s+/g, ' ').slice(0, 160)}`);
}

export function sqlClient(execute: Execute): SqlClient {
  const rows = async <Row extends z.ZodType>(query: Statement, row: Row) => parse(await execute(query.text, [...query.values]), row, query);
  return {
    rows,
    async maybeOne(query, row) {
      return (await rows(query, row))[0] ?? null;
    },
    async one(query, row) {
      const [first] = await rows(query, row);
      if (first === undefined) throw new Error(`Expected one row, got none, for: ${query.text.replace(/\s+/g, ' ').slice(0, 160)}`);
      return first;
    },
    async run(query) {
      await execute(query.text, [...query.values]);
    },
  };
}
