import { describe, expect, it } from 'vitest';
import { countStatements } from '../src/statement-count.js';

describe('counting the statements of one request', () => {
  it('counts every statement but BEGIN / COMMIT, and those inside the transaction apart', () => {
    const sent = [
      { text: 'select * from users where id = $1', client: 0 },
      { text: 'BEGIN', client: 1 },
      { text: 'select * from tickets where id = $1 for update', client: 1 },
      { text: 'update tickets set status_id = $2 where id = $1', client: 1 },
      { text: 'insert into ticket_logs (…) values (…)', client: 1 },
      { text: ' commit; ', client: 1 },
    ];
    expect(countStatements(sent)).toEqual({ total: 4, inTransaction: 3 });
  });

  it('keeps apart the statements another connection sends while the transaction is open', () => {
    const sent = [
      { text: 'begin', client: 2 },
      { text: 'update tickets set version = version + 1 where id = $1', client: 2 },
      { text: 'select count(*) from tickets', client: 5 },
      { text: 'rollback', client: 2 },
    ];
    expect(countStatements(sent)).toEqual({ total: 2, inTransaction: 1 });
  });

  it('reports the largest transaction, and 0 for a request without one', () => {
    expect(countStatements([{ text: 'select 1', client: 0 }])).toEqual({ total: 1, inTransaction: 0 });
    const two = ['begin', 'a', 'commit', 'start transaction', 'b', 'c', 'end'].map((text) => ({ text, client: 0 }));
    expect(countStatements(two)).toEqual({ total: 3, inTransaction: 2 });
  });
});
