// What an unauthenticated client can send on a raw TCP connection: malformed request lines and
// headers, huge or endless bodies, giant batches, stalled requests. Each is refused (4xx) or its
// connection closed, the server keeps answering /health, and nothing is buffered past the limits.
import { describe, expect, it } from 'vitest';
import { openSocket, sendRaw, untilClosed, untilResponseHead, writeAndDrain } from './support/raw-http.js';
import { startTestApi } from './support/test-api.js';

const MAX_BODY_BYTES = 256 * 1024;
const t = await startTestApi({
  HTTP_MAX_BODY_BYTES: String(MAX_BODY_BYTES),
  TRPC_MAX_BATCH_SIZE: '10',
  // Short, so the stalled clients below are cut off within the test; the defaults are 10 s / 30 s.
  HTTP_HEADERS_TIMEOUT_MS: '1000',
  HTTP_REQUEST_TIMEOUT_MS: '2000',
});
const url = t.api.url;

async function healthStatus(): Promise<number> {
  return (await fetch(`${url}/health`)).status;
}

async function ticketCount(): Promise<number> {
  const [row] = await t.api.services.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from tickets');
  return row!.n;
}

const MALFORMED: [string, string | Buffer][] = [
  ['a protocol-relative target that is not a URL', 'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['an absolute target that is not a URL', 'GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['the same on a tRPC path', 'POST http://[/trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}'],
  ['a Host that is not a host name', 'GET /trpc/me HTTP/1.1\r\nHost: [\r\nConnection: close\r\n\r\n'],
  ['a NUL in the request line', 'GET /tr\0pc/me HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['100 KB of headers', `GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(100 * 1024)}\r\n\r\n`],
  ['a bare empty line', '\r\n\r\n'],
  ['bytes that are not HTTP', Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x0d, 0x0a, 0x80, 0x81, 0xfe, 0x0d, 0x0a, 0x0d, 0x0a])],
  ['a negative Content-Length', 'POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n'],
  ['Content-Length beside Transfer-Encoding', 'POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['two different Content-Lengths', 'POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 30\r\n\r\n{}'],
  ['an unknown method', 'BREW /trpc/me HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['headers that stop half-way', 'GET /health HTTP/1.1\r\nHost: x\r\nX-Half: '],
];

describe('malformed requests', () => {
  it.each(MALFORMED)('%s: refused with a 4xx or closed, and the server still answers', async (_, bytes) => {
    const answer = await sendRaw(url, bytes);
    if (answer.status !== null) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
    expect(await healthStatus()).toBe(200);
  });

  it('answers a target that is not a URL with 400 and a sentence', async () => {
    const answer = await sendRaw(url, 'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(answer.received).toContain('The request target is not a valid URL path');
  });

  it('answers headers over the limit with 431', async () => {
    const answer = await sendRaw(url, `GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(100 * 1024)}\r\n\r\n`);
    expect(answer.status).toBe(431);
    expect(answer.received).toContain('headers are larger than this server accepts');
  });
});

describe('request bodies over the limit', () => {
  it('refuses a declared 100 MB body with 413 before it is sent, and closes the connection', async () => {
    const declared = 100 * 1024 * 1024;
    const socket = await openSocket(url);
    const head = untilResponseHead(socket);
    const closed = untilClosed(socket);
    await writeAndDrain(socket, `POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`);
    await writeAndDrain(socket, '{"type":"plain-request","title":"' + 'x'.repeat(16 * 1024));
    const answer = await head;
    expect(answer.status).toBe(413);
    // Said in the head, so a keep-alive client does not send its next request on this connection.
    expect(answer.received).toMatch(/\r\nconnection: close\r\n/i);
    expect((await closed).received).toContain(`larger than the 256 KB this server accepts`);
    expect(await healthStatus()).toBe(200);
  });

  it('keeps a connection open after a request it read whole, and says so', async () => {
    const socket = await openSocket(url);
    const first = untilResponseHead(socket);
    await writeAndDrain(socket, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    expect((await first).received).toMatch(/\r\nconnection: keep-alive\r\n/i);
    socket.removeAllListeners('data');
    const closed = untilClosed(socket);
    await writeAndDrain(socket, 'GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect((await closed).status).toBe(200);
  });

  it('a fetch after a request refused before its body arrived gets its answer', async () => {
    // undici's fetch keeps connections alive: without `Connection: close` on the 413 it would send
    // the next request on the connection being closed and fail with "other side closed".
    for (let i = 0; i < 20; i += 1) {
      const refused = await fetch(`${url}/trpc/tickets.create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(MAX_BODY_BYTES + 1) });
      expect(refused.status).toBe(413);
      await refused.arrayBuffer();
      expect(await healthStatus()).toBe(200);
    }
  });

  it.each([
    ['anonymous', false],
    ['signed in', true],
  ])('refuses an endless chunked body with 413 once it passes the limit (%s)', async (_, signedIn) => {
    const socket = await openSocket(url);
    const closed = untilClosed(socket);
    let answered = false;
    socket.once('data', () => (answered = true));
    const auth = signedIn ? `Authorization: Bearer ${await t.token('rita')}\r\n` : '';
    await writeAndDrain(socket, `POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = `4000\r\n${'x'.repeat(0x4000)}\r\n`;
    // At most 64 times the limit; the server must have answered long before.
    let sent = 0;
    for (let i = 0; i < 1024 && !answered; i += 1) {
      try {
        await writeAndDrain(socket, chunk);
        sent += 0x4000;
      } catch {
        break; // the server closed the connection
      }
    }
    const answer = await closed;
    expect(answer.status).toBe(413);
    expect(answer.received).toContain('grew larger than the 256 KB this server accepts');
    expect(sent).toBeLessThan(1024 * 0x4000);
    expect(await healthStatus()).toBe(200);
  });
});

describe('tRPC batches', () => {
  const input = { type: 'plain-request', title: 'Batched', metadata: {} };
  const batchOf = (calls: number) => ({
    path: Array.from({ length: calls }, () => 'tickets.create').join(','),
    body: JSON.stringify(Object.fromEntries(Array.from({ length: calls }, (_, i) => [String(i), input]))),
  });

  it('refuses a batch of more calls than allowed before any of them runs', async () => {
    const before = await ticketCount();
    // 500 names fit the 16 KB request head; 5,000 would already be refused as headers too large (431).
    const { path, body } = batchOf(500);
    const res = await fetch(`${url}/trpc/${path}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token('rita')}` },
      body,
    });
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: { message: string; data: { code: string } } };
    expect(answer.error.data.code).toBe('BAD_REQUEST');
    expect(answer.error.message).toBe('This batch holds 500 calls, but one request may hold at most 10; nothing of it was run. Send the calls in smaller batches.');
    expect(await ticketCount()).toBe(before);
  });

  it('refuses a GET batch over the limit too', async () => {
    const path = Array.from({ length: 11 }, () => 'me').join(',');
    const res = await fetch(`${url}/trpc/${path}?batch=1&input=${encodeURIComponent('{}')}`, { headers: { authorization: `Bearer ${await t.token('rita')}` } });
    expect(res.status).toBe(400);
  });

  it('still runs a batch within the limit', async () => {
    const before = await ticketCount();
    const { path, body } = batchOf(10);
    const res = await fetch(`${url}/trpc/${path}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token('rita')}` },
      body,
    });
    expect(res.status).toBe(200);
    expect(await ticketCount()).toBe(before + 10);
  });
});

describe('stalled clients', () => {
  it('closes a connection whose body never arrives once the request timeout passes (408)', async () => {
    const socket = await openSocket(url);
    const closed = untilClosed(socket);
    await writeAndDrain(socket, 'POST /trpc/tickets.create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"ty');
    const answer = await closed;
    expect(answer.status === null || answer.status === 408).toBe(true);
    expect(await healthStatus()).toBe(200);
  });

  it('closes a connection that never finishes its headers', async () => {
    const socket = await openSocket(url);
    const closed = untilClosed(socket);
    await writeAndDrain(socket, 'GET /health HTTP/1.1\r\nHost: x\r\n');
    const answer = await closed;
    expect(answer.status === null || answer.status === 408).toBe(true);
  });
});
