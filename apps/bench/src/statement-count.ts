// How many statements one API request sends, and how many of them run inside its transaction: the
// "statements per transaction" goal counts the second (BEGIN and COMMIT themselves not counted).

/** One statement as the driver received it, and which connection sent it. */
export interface SentStatement {
  text: string;
  /** The connection (pg client) it went to, numbered in order of first use. */
  client: number;
}

export interface StatementCount {
  /** Every statement of the request but BEGIN / COMMIT / ROLLBACK. */
  total: number;
  /** The statements between BEGIN and COMMIT (or ROLLBACK) on the connection that began, in the largest transaction; 0 without one. */
  inTransaction: number;
}

const BEGIN = /^(begin|start\s+transaction)\b/i;
const END = /^(commit|rollback|end)\b/i;

export function isTransactionControl(text: string): boolean {
  const trimmed = text.trim();
  return BEGIN.test(trimmed) || END.test(trimmed);
}

export function countStatements(statements: readonly SentStatement[]): StatementCount {
  const open = new Map<number, number>();
  let inTransaction = 0;
  for (const { text, client } of statements) {
    const trimmed = text.trim();
    if (BEGIN.test(trimmed)) open.set(client, 0);
    else if (END.test(trimmed)) {
      inTransaction = Math.max(inTransaction, open.get(client) ?? 0);
      open.delete(client);
    } else if (open.has(client)) open.set(client, open.get(client)! + 1);
  }
  return { total: statements.filter((s) => !isTransactionControl(s.text)).length, inTransaction };
}
