// The API as its own process, fed what no HTTP client sends: malformed request lines and headers,
// 20 clients each streaming a 100 MB body, clients that trickle their request, and a flood of
// all of it. The process never dies, never answers 500, refuses each body early (413) and its
// memory stays bounded while it does.
import { readFileSync } from 'node:fs';
import { createTestDatabase, openSocket, SUITE_RATE_LIMITS, sendRaw, type TestDatabase, untilClosed, writeAndDrain } from '@tickets/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process.js';
import { recordFigures } from './support/figures.js';

const MB = 1024 * 1024;
const BODY_CLIENTS = 20;
const BODY_BYTES = 100 * MB;
/** The default HTTP_MAX_BODY_BYTES: the body clients below run into it. */
const BODY_LIMIT = 1 * MB;
/** How much more than idle the process may hold while 20 × 100 MB arrive. */
const RSS_GROWTH_BOUND_MB = 150;
const REQUEST_TIMEOUT_MS = 3000;
const TRICKLERS = 10;
const FLOOD_REQUESTS = 600;
const FLOOD_CONCURRENCY = 30;

const MALFORMED: string[] = [
  'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST http://[/trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}',
  'GET /trpc/me HTTP/1.1\r\nHost: [\r\nConnection: close\r\n\r\n',
  'GET /tr\0pc/me HTTP/1.1\r\nHost: x\r\n\r\n',
  `GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(100 * 1024)}\r\n\r\n`,
  'GARBAGE\x80\x81\xfe\r\n\r\n',
  'POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 30\r\n\r\n{}',
  'GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
  `GET /trpc/${Array.from({ length: 200 }, () => 'me').join(',')}?batch=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
];

let database: TestDatabase;
let api: ApiProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApiProcess({
    ...database.env,
    ...SUITE_RATE_LIMITS,
    NODE_ENV: 'development',
    TOKEN_SECRET: 'reliability-secret-that-is-long-enough-for-hs256',
    SEED_DEMO: 'true',
    TICKET_TYPES: '@tickets/plugin-bug-report',
    HTTP_HEADERS_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS - 1000),
    HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
  });
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

/** VmRSS and VmHWM (the peak so far) of the API process, in MB. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function healthStatus(): Promise<number> {
  return (await fetch(`${api.url}/health`)).status;
}

/** Streams up to 100 MB (declared or chunked) until the server answers or closes; what it saw. */
async function streamHugeBody(chunked: boolean): Promise<{ status: number | null; sent: number }> {
  const socket = await openSocket(api.url);
  const closed = untilClosed(socket);
  let answered = false;
  socket.once('data', () => (answered = true));
  socket.once('close', () => (answered = true));
  const framing = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${BODY_BYTES}`;
  await writeAndDrain(socket, `POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${framing}\r\n\r\n`);
  const piece = Buffer.alloc(64 * 1024, 'x');
  const chunk = chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece;
  let sent = 0;
  while (!answered && sent < BODY_BYTES) {
    try {
      await writeAndDrain(socket, chunk);
    } catch {
      break; // the server closed the connection
    }
    sent += piece.length;
  }
  socket.end();
  return { status: (await closed).status, sent };
}

describe('the API process fed raw HTTP', () => {
  it('refuses every malformed request line and header with a 4xx or a close, and keeps serving', async () => {
    for (const request of MALFORMED) {
      const answer = await sendRaw(api.url, Buffer.from(request, 'latin1'));
      if (answer.status !== null) expect({ request: request.slice(0, 60), status: answer.status }).toEqual({ request: request.slice(0, 60), status: expect.toSatisfy((s: number) => s >= 400 && s < 500) });
      expect(await healthStatus()).toBe(200);
    }
    expect(isAlive(api.pid)).toBe(true);
  });

  it(`answers 20 clients each streaming 100 MB with an early 413, holding less than +${RSS_GROWTH_BOUND_MB} MB`, async () => {
    // Warm up the paths the clients take, so idle is measured with the code loaded.
    for (let i = 0; i < 5; i += 1) expect(await healthStatus()).toBe(200);
    const idle = memoryOf(api.pid);
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: BODY_CLIENTS }, (_, i) => streamHugeBody(i % 2 === 1)));
    const seconds = (performance.now() - started) / 1000;
    const after = memoryOf(api.pid);
    const growthMb = after.peakMb - idle.rssMb;
    const maxSent = Math.max(...results.map((r) => r.sent));
    recordFigures('raw-http: 20 × 100 MB bodies', {
      clients: BODY_CLIENTS,
      bodyMb: BODY_BYTES / MB,
      limitMb: BODY_LIMIT / MB,
      idleRssMb: Math.round(idle.rssMb),
      peakRssMb: Math.round(after.peakMb),
      growthMb: Math.round(growthMb),
      maxSentBeforeRefusalMb: Math.round((maxSent / MB) * 10) / 10,
      allRefusedWithinS: Math.round(seconds * 10) / 10,
    });
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: BODY_CLIENTS }, () => 413));
    // Early: each was cut off long before its 100 MB were out (what is in flight fits the socket buffers).
    for (const result of results) expect(result.sent).toBeLessThan(BODY_BYTES / 4);
    expect(growthMb).toBeLessThan(RSS_GROWTH_BOUND_MB);
    expect(await healthStatus()).toBe(200);
  });

  it('cuts off clients that trickle their headers or their body once the request timeout passes', async () => {
    const started = performance.now();
    const tricklers = Array.from({ length: TRICKLERS }, async (_, i) => {
      const socket = await openSocket(api.url);
      const closed = untilClosed(socket);
      // Half stall in the headers, half in a body that declares 10,000 bytes.
      const head = i % 2 === 0 ? 'POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\n' : 'POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n';
      socket.write(head);
      let trickled = 0;
      // The client's own pace (a byte every 100 ms, at most 10,000): what slowloris does.
      const pace = setInterval(() => {
        if (socket.destroyed || trickled >= 10_000) return clearInterval(pace);
        socket.write(i % 2 === 0 ? 'X-Slow: y\r\n' : 'x', () => undefined);
        trickled += 1;
      }, 100);
      socket.once('close', () => clearInterval(pace));
      const answer = await closed;
      clearInterval(pace);
      return { status: answer.status, trickled };
    });
    // While they are held, everyone else is served.
    expect(await healthStatus()).toBe(200);
    const results = await Promise.all(tricklers);
    const seconds = (performance.now() - started) / 1000;
    recordFigures('raw-http: tricklers', { clients: TRICKLERS, requestTimeoutMs: REQUEST_TIMEOUT_MS, allCutOffWithinS: Math.round(seconds * 10) / 10, maxBytesTrickled: Math.max(...results.map((r) => r.trickled)) });
    for (const result of results) {
      expect(result.status === null || result.status === 408).toBe(true);
      expect(result.trickled).toBeLessThan(10_000);
    }
    expect(isAlive(api.pid)).toBe(true);
  });

  it('survives a bounded flood of all of it: alive, /health answers, never a 500', async () => {
    const statuses = new Map<string, number>();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: FLOOD_CONCURRENCY }, async () => {
        while (next < FLOOD_REQUESTS) {
          const request = MALFORMED[next % MALFORMED.length]!;
          next += 1;
          const { status } = await sendRaw(api.url, Buffer.from(request, 'latin1'));
          const key = status === null ? 'closed' : String(status);
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    recordFigures('raw-http: flood', { requests: FLOOD_REQUESTS, concurrency: FLOOD_CONCURRENCY, seconds: Math.round(seconds * 10) / 10, ...Object.fromEntries([...statuses].map(([k, v]) => [`answered${k}`, v])) });
    expect([...statuses.keys()].filter((status) => status.startsWith('5'))).toEqual([]);
    expect(isAlive(api.pid)).toBe(true);
    expect(await healthStatus()).toBe(200);
  });
});
