// Every way a PostgreSQL restart, failover or overload reaches a request must be answered
// SERVICE_UNAVAILABLE ("try again"), never the bare 500 of a defect. The errors are made the way pg,
// pg-pool, knex, Node and MikroORM make them (their sources in node_modules), some of them for real.
import { createServer } from 'node:net';
import { DriverException } from '@mikro-orm/core';
import { PostgreSqlExceptionConverter } from '@mikro-orm/postgresql';
import { TRPCError } from '@trpc/server';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { databaseAnswers } from '../src/db/database-answers.js';
import { isDatabaseUnavailable } from '../src/db/database-unavailable.js';
import { ormConfig } from '../src/db/orm-config.js';
import { databaseUrl } from './support/database-server.js';
import { toTRPCError } from '../src/trpc/error-mapping.js';

const SQL = 'select 1 from namespaces where id = 1 for share';

/** As pg-protocol reports an ErrorResponse from the server. */
function serverError(code: string, message: string): pg.DatabaseError {
  const error = new pg.DatabaseError(message, 100, 'error');
  error.code = code;
  error.severity = 'FATAL';
  return error;
}

/** As Node reports a failed socket call. */
function systemError(code: string, syscall: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${syscall} ${code} 127.0.0.1:5432`);
  error.code = code;
  error.syscall = syscall;
  return error;
}

/** What a query through MikroORM throws: knex puts the SQL in front, MikroORM converts. */
function throughMikroOrm(error: Error): Error {
  error.message = `${SQL} - ${error.message}`;
  return new PostgreSqlExceptionConverter().convertException(error);
}

function pgPoolTimeout(): Error {
  // pg-pool wraps the client's own failure when connectionTimeoutMillis passes.
  return new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') });
}

function knexAcquireTimeout(): Error {
  const error = new Error('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?');
  error.name = 'KnexTimeoutError';
  return error;
}

function bothAddressesRefused(): AggregateError {
  // Node's happy eyeballs (localhost → ::1 and 127.0.0.1): every attempt failed.
  const error = new AggregateError([systemError('ECONNREFUSED', 'connect'), systemError('ECONNREFUSED', 'connect')]) as AggregateError & { code?: string };
  error.code = 'ECONNREFUSED';
  return error;
}

const UNAVAILABLE: Record<string, () => unknown> = {
  'pg: Connection terminated unexpectedly': () => new Error('Connection terminated unexpectedly'),
  'pg: Connection terminated (client ended)': () => new Error('Connection terminated'),
  'pg-pool: Connection terminated due to connection timeout': pgPoolTimeout,
  'pg-pool: timeout exceeded when trying to connect': () => new Error('timeout exceeded when trying to connect'),
  'pg: timeout expired (connect timeout)': () => new Error('timeout expired'),
  'pg: Client has encountered a connection error and is not queryable': () => new Error('Client has encountered a connection error and is not queryable'),
  'pg: Client was closed and is not queryable': () => new Error('Client was closed and is not queryable'),
  'pg-pool: Cannot use a pool after calling end on the pool': () => new Error('Cannot use a pool after calling end on the pool'),
  'knex: Timeout acquiring a connection': knexAcquireTimeout,
  'Node: ECONNREFUSED': () => systemError('ECONNREFUSED', 'connect'),
  'Node: ECONNRESET': () => systemError('ECONNRESET', 'read'),
  'Node: EPIPE': () => systemError('EPIPE', 'write'),
  'Node: ENOTCONN': () => systemError('ENOTCONN', 'write'),
  'Node: ETIMEDOUT': () => systemError('ETIMEDOUT', 'connect'),
  'Node: EHOSTUNREACH': () => systemError('EHOSTUNREACH', 'connect'),
  'Node: AggregateError of refused addresses': bothAddressesRefused,
  'server 57P01 admin shutdown': () => serverError('57P01', 'terminating connection due to administrator command'),
  'server 57P02 crash shutdown': () => serverError('57P02', 'terminating connection because of crash of another server process'),
  'server 57P03 starting up': () => serverError('57P03', 'the database system is starting up'),
  'server 57P03 shutting down': () => serverError('57P03', 'the database system is shutting down'),
  'server 53300 too many connections': () => serverError('53300', 'sorry, too many clients already'),
  'server 08006 connection failure': () => serverError('08006', 'connection failure'),
  'server 08P01 protocol violation': () => serverError('08P01', 'protocol violation'),
  'MikroORM: not queryable, SQL in front': () => throughMikroOrm(new Error('Client has encountered a connection error and is not queryable')),
  'MikroORM: Connection terminated unexpectedly, SQL in front': () => throughMikroOrm(new Error('Connection terminated unexpectedly')),
  'MikroORM: 57P01 from the server': () => throughMikroOrm(serverError('57P01', 'terminating connection due to administrator command')),
  'MikroORM: ECONNREFUSED': () => throughMikroOrm(systemError('ECONNREFUSED', 'connect')),
  'MikroORM: pool timeout with its cause': () => throughMikroOrm(pgPoolTimeout()),
  'MikroORM: DriverException with previous': () => Object.assign(new DriverException(new Error('transaction failed')), { previous: systemError('ECONNRESET', 'read') }),
  'wrapped by cause, three deep': () => new Error('could not load the catalog', { cause: new Error('query failed', { cause: serverError('57P03', 'the database system is in recovery mode') }) }),
  'tRPC INTERNAL_SERVER_ERROR around it': () => new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: throughMikroOrm(new Error('Connection terminated unexpectedly')) }),
};

const DEFECTS: Record<string, () => unknown> = {
  'a syntax error': () => throughMikroOrm(serverError('42601', 'syntax error at or near "selec"')),
  'a unique violation': () => throughMikroOrm(serverError('23505', 'duplicate key value violates unique constraint "users_pkey"')),
  'a programming error': () => new TypeError("Cannot read properties of undefined (reading 'id')"),
  'a message that merely mentions a connection': () => new Error('The connection between ticket and person is missing'),
  'a thrown string': () => 'Connection terminated',
  'a cyclic cause chain': () => {
    const error = new Error('loop');
    (error as { cause?: unknown }).cause = error;
    return error;
  },
};

describe('errors that mean the database cannot be reached right now', () => {
  it.each(Object.entries(UNAVAILABLE))('%s → SERVICE_UNAVAILABLE', (_, make) => {
    const error = make();
    expect(isDatabaseUnavailable(error)).toBe(true);
    const mapped = toTRPCError(error);
    expect(mapped.code).toBe('SERVICE_UNAVAILABLE');
    expect(mapped.message).toMatch(/cannot be reached right now; nothing was changed/);
  });

  it.each(Object.entries(DEFECTS))('%s stays an internal error', (_, make) => {
    expect(isDatabaseUnavailable(make())).toBe(false);
    expect(toTRPCError(make()).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('a real pg client refused by a closed port, and a real pool used after end', async () => {
    // A port that was free a moment ago: nothing listens on it.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const client = new pg.Client({ host: '127.0.0.1', port, user: 'nobody', database: 'none' });
    const refused = await client.connect().then(() => null, (error: unknown) => error);
    expect(refused).not.toBeNull();
    expect(isDatabaseUnavailable(refused)).toBe(true);
    const closed = await client.query('select 1').then(() => null, (error: unknown) => error);
    expect(isDatabaseUnavailable(closed)).toBe(true);

    const pool = new pg.Pool({ host: '127.0.0.1', port, user: 'nobody', database: 'none' });
    await pool.end();
    const ended = await pool.query('select 1').then(() => null, (error: unknown) => error);
    expect(ended).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(ended)).toBe(true);
  });

  // The fallback for shapes no rule names: after an unexpected failure the API asks the database
  // itself, and answers SERVICE_UNAVAILABLE when it does not answer (see trpc.ts).
  it('asks the database whether it answers: no on a closed port, yes on the maintenance database of the test server', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const gone = await MikroORM.init({ ...ormConfig({ url: `postgres://nobody@127.0.0.1:${port}/none`, poolSize: 1 }), connect: false });
    const live = await MikroORM.init({ ...ormConfig({ url: databaseUrl('postgres'), poolSize: 1 }), connect: false });
    try {
      expect(await databaseAnswers(gone)).toBe(false);
      expect(await databaseAnswers(live)).toBe(true);
    } finally {
      await gone.close();
      await live.close();
    }
  });
});
