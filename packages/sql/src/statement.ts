// A statement is SQL text with `?` placeholders and its values in order: the shape MikroORM's
// `em.execute(text, values)` (knex's raw bindings) takes. Values never enter the text; the only text
// a caller adds is the literal parts of a template, identifiers checked by `sql.id`, and `sql.raw`.

const STATEMENT = Symbol('sql statement');

export interface Statement {
  readonly [STATEMENT]: true;
  /** SQL with a `?` for each value; a literal `?` of the SQL itself (jsonb operators) is written `\?`. */
  readonly text: string;
  readonly values: readonly unknown[];
}

export function isStatement(value: unknown): value is Statement {
  return typeof value === 'object' && value !== null && STATEMENT in value;
}

export function statement(text: string, values: readonly unknown[]): Statement {
  return { [STATEMENT]: true, text, values };
}

/** knex reads `?` and `??` in a raw statement as placeholders: a question mark the SQL means literally is escaped. */
export function literalText(text: string): string {
  return text.replace(/\?/g, '\\?');
}
