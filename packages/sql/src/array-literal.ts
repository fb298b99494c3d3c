// knex expands a JavaScript array bound to `?` into a comma list, so a list travels as one PostgreSQL
// array literal (`{1,2,"a \"b\""}`) cast to its element type. Quoting every element keeps commas,
// braces, quotes and backslashes of user text inside its element.

export type ArrayElement = string | number | bigint | boolean | null;

function element(value: ArrayElement): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`A SQL array cannot hold ${value}.`);
  return `"${String(value).replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

export function arrayLiteral(values: readonly ArrayElement[]): string {
  return `{${values.map(element).join(',')}}`;
}
