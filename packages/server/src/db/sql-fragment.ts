/** A piece of SQL with its `?` parameters in order, so conditions can be built apart and joined. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export function sqlAnd(parts: readonly SqlFragment[]): SqlFragment {
  if (parts.length === 0) return { sql: 'true', params: [] };
  return { sql: parts.map((part) => `(${part.sql})`).join(' and '), params: parts.flatMap((part) => part.params) };
}
