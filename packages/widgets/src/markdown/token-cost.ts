import type { Token, Tokens } from 'marked';

/** Tokens nested deeper than this are not rendered as structure (the lexer's limits stay far below it). */
export const MAX_TOKEN_DEPTH = 40;

function children(token: Token): (readonly Token[])[] {
  const lists: (readonly Token[])[] = [];
  if ('tokens' in token && Array.isArray(token.tokens)) lists.push(token.tokens as Token[]);
  if (token.type === 'list') for (const item of (token as Tokens.List).items) lists.push(item.tokens);
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    for (const cell of table.header) lists.push(cell.tokens);
    for (const row of table.rows) for (const cell of row) lists.push(cell.tokens);
  }
  return lists;
}

function extraNodes(token: Token): number {
  // List items and table cells are elements of their own besides their content.
  if (token.type === 'list') return (token as Tokens.List).items.length;
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return table.header.length + table.rows.length * (table.header.length + 1) + 3;
  }
  return 0;
}

/**
 * About how many elements rendering these tokens makes, counted no further than `limit`: a
 * result above `limit` means "too many" (or nested deeper than `MAX_TOKEN_DEPTH`), whatever the
 * real number, so counting stops early and costs no more than the rendering it guards.
 */
export function tokenCost(tokens: readonly Token[], limit: number, depth = 0): number {
  if (depth > MAX_TOKEN_DEPTH) return limit + 1;
  let cost = 0;
  for (const token of tokens) {
    cost += 1 + extraNodes(token);
    if (cost > limit) return limit + 1;
    for (const list of children(token)) {
      cost += tokenCost(list, limit - cost, depth + 1);
      if (cost > limit) return limit + 1;
    }
  }
  return cost;
}
