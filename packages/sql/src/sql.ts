// The one way Tickets writes SQL: a tagged template whose interpolations are values (bound as
// parameters) or other statements (spliced with their own values), so conditions are built apart and
// joined without string concatenation. Identifiers and trusted constant SQL have their own doors.
import { type ArrayElement, arrayLiteral } from './array-literal.js';
import { isStatement, literalText, type Statement, statement } from './statement.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** PostgreSQL element types a list may be cast to (`= any(${sql.list(ids, 'int')})`). */
export type ListType = 'int' | 'bigint' | 'text' | 'bool' | 'numeric';

function template(strings: TemplateStringsArray, ...parts: readonly unknown[]): Statement {
  let text = literalText(strings[0] ?? '');
  const values: unknown[] = [];
  parts.forEach((part, index) => {
    if (isStatement(part)) {
      text += part.text;
      values.push(...part.values);
    } else {
      text += '?';
      values.push(part);
    }
    text += literalText(strings[index + 1] ?? '');
  });
  return statement(text, values);
}

export const sql = Object.assign(template, {
  /** A table or column name: only lower-case SQL identifiers pass (plugins name their own tables). */
  id(name: string): Statement {
    if (!IDENTIFIER.test(name)) throw new RangeError(`'${name}' is not a SQL identifier this product writes (lower-case letters, digits and _).`);
    return statement(`"${name}"`, []);
  },
  /** A list bound as one parameter: `where id = any(${sql.list(ids, 'int')})`. */
  list(values: readonly ArrayElement[], type: ListType): Statement {
    return statement(`?::${type}[]`, [arrayLiteral(values)]);
  },
  /** Constant SQL written in the code (never text that came from a request). */
  raw(text: string): Statement {
    return statement(literalText(text), []);
  },
  /** Statements joined by a separator (`, ` by default). */
  join(parts: readonly Statement[], separator = ', '): Statement {
    const sep = literalText(separator);
    return statement(parts.map((part) => part.text).join(sep), parts.flatMap((part) => part.values));
  },
  /** Conditions joined with `and`; none is `true`. */
  and(conditions: readonly Statement[]): Statement {
    if (conditions.length === 0) return statement('true', []);
    return statement(conditions.map((part) => `(${part.text})`).join(' and '), conditions.flatMap((part) => part.values));
  },
});
