// The embed's files as a host page on another origin gets them: CORS for the allowed origins, the
// encoding the browser takes, a year's cache for content-hashed names and revalidation (ETag, 304)
// for the stable loader, and nothing outside the mounted folder.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { chosenEncoding, staticFilesRoute } from '../src/http/static-files.js';

const HOST = 'https://host.example';
const folder = mkdtempSync(join(tmpdir(), 'tickets-static-'));
mkdirSync(join(folder, 'types', 'bug-report'), { recursive: true });
const CHUNK = `export const widgets = ${JSON.stringify('x'.repeat(20_000))};\n`;
writeFileSync(join(folder, 'tickets-widgets.js'), "import './tickets-widgets.Ab12_-xY.js';\n");
writeFileSync(join(folder, 'tickets-widgets.Ab12_-xY.js'), CHUNK);
writeFileSync(join(folder, 'types', 'bug-report', 'playground.Zz98Qq77.js'), 'export default 1;\n');
writeFileSync(join(folder, '.env.js'), 'secret');
writeFileSync(join(folder, 'notes.txt'), 'not an asset');
writeFileSync(join(tmpdir(), 'outside.js'), 'outside');

const route = staticFilesRoute([{ prefix: '/assets/', directory: folder }], { origins: [HOST] });
const server = createServer((req, res) => {
  void Promise.resolve(route(req, res, new URL(req.url ?? '/', 'http://localhost'))).then((handled) => {
    if (!handled) res.writeHead(404).end('fell through');
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request as bytes: fetch would decode the body and hide what was sent. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the embed served to another origin', () => {
  it('allows the configured host origins, and no other', async () => {
    const allowed = await get('/assets/tickets-widgets.js', { origin: HOST });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(HOST);
    expect(allowed.headers.vary).toMatch(/Origin/);
    expect(allowed.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const other = await get('/assets/tickets-widgets.js', { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends brotli when taken, else gzip, else the plain bytes, each decoding to the file', async () => {
    const br = await get('/assets/tickets-widgets.Ab12_-xY.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(CHUNK);
    expect(br.body.length).toBeLessThan(CHUNK.length / 10);
    const gz = await get('/assets/tickets-widgets.Ab12_-xY.js', { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(CHUNK);
    const plain = await get('/assets/tickets-widgets.Ab12_-xY.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(CHUNK);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
  });

  it('caches content-hashed names for a year, and revalidates the stable loader with its ETag', async () => {
    expect((await get('/assets/tickets-widgets.Ab12_-xY.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/types/bug-report/playground.Zz98Qq77.js')).headers['cache-control']).toMatch(/immutable/);
    const loader = await get('/assets/tickets-widgets.js', { origin: HOST });
    expect(loader.headers['cache-control']).toBe('no-cache');
    const etag = loader.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/assets/tickets-widgets.js', { origin: HOST, 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['access-control-allow-origin']).toBe(HOST);
    writeFileSync(join(folder, 'tickets-widgets.js'), "import './tickets-widgets.Cd34_-zW.js';\n");
    const changed = await get('/assets/tickets-widgets.js', { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.body.toString()).toContain('Cd34_-zW');
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('/assets/tickets-widgets.Ab12_-xY.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(CHUNK.length);
    expect(head.body.length).toBe(0);
    const post = await get('/assets/tickets-widgets.js', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it.each(['/assets/../outside.js', '/assets/%2e%2e/outside.js', '/assets/types%2f..%2f..%2foutside.js', '/assets/.env.js', '/assets/notes.txt', '/assets/types/', '/assets/missing.js', '/assets//tickets-widgets.js'])(
    'serves nothing for %s',
    async (path) => {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).toBe('fell through');
    },
  );
});

describe('choosing an encoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0', 'identity'],
    ['*', 'br'],
    ['identity', 'identity'],
    [undefined, 'identity'],
  ] as const)('Accept-Encoding %s → %s', (header, expected) => {
    expect(chosenEncoding(header)).toBe(expected);
  });
});
