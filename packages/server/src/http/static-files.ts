// The embed's files (the widgets' loader, its content-hashed chunks, ticket types' playground
// modules) served as a CDN would, to host pages on other origins: a module script is fetched in
// CORS mode, so without CORS headers a page on another origin never runs it.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Route } from './server.js';

export type StaticMount =
  | {
      /** The URL path the files are under, ending in `/` (e.g. `/assets/`). */
      prefix: string;
      /** The folder they are read from (absolute). */
      directory: string;
    }
  | {
      prefix: string;
      /** Files made at start (e.g. the embed's loader with the installed ticket types), by path under the prefix. */
      files: ReadonlyMap<string, string>;
    };

/**
 * A file whose name carries its content's hash — `name.HASH.js`, 8 or more base64url characters
 * between two dots, as the builds name their chunks — never changes under that name: it is cached
 * for a year and never asked for again. Every other file (the stable loader URL a host page names)
 * is `no-cache`: kept, but revalidated with its ETag on each load, so a deploy is seen at once for
 * the price of a 304.
 */
export const CONTENT_HASHED = /\.[A-Za-z0-9_-]{8,}\.(?:js|mjs|css)(?:\.map)?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.map', '.json', '.svg']);
/** A path segment the route serves: no dot files, no `..`, nothing a file system reads specially. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

type Encoding = 'br' | 'gzip' | 'identity';

interface ServedFile {
  etag: string;
  bytes: Buffer;
  contentType: string;
  compressible: boolean;
  /** Compressed once, on first demand, and shared by the requests that wait for it. */
  encoded: Map<Exclude<Encoding, 'identity'>, Promise<Buffer>>;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Serves GET and HEAD for files under each mount; answers nothing (false) for a file it does not have. */
export function staticFilesRoute(mounts: readonly StaticMount[], options: { origins: readonly string[] }): Route {
  // Keyed by path, size and mtime: a rebuilt file is read again; the bound keeps a careless mount small.
  const files = new LRUCache<string, ServedFile>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (file) => file.bytes.length * 2 || 1 });
  const made = new Map<string, ServedFile>();
  for (const mount of mounts) {
    if (!('files' in mount)) continue;
    for (const [name, text] of mount.files) made.set(`${mount.prefix}${name}`, servedBytes(name, Buffer.from(text, 'utf8')));
  }
  /** The first mount, in order, that has the file: a made file or one in a folder overrides what a later mount holds. */
  const find = async (pathname: string): Promise<{ path: string; file: ServedFile | null; key: string } | null> => {
    for (const mount of mounts) {
      if (!pathname.startsWith(mount.prefix)) continue;
      if ('files' in mount) {
        const file = made.get(pathname);
        if (file) return { path: pathname, file, key: pathname };
        continue;
      }
      const path = filePath(mount, pathname.slice(mount.prefix.length));
      if (!path) continue;
      const found = await stat(path).catch(() => null);
      if (found?.isFile()) return { path, file: null, key: `${path}|${found.size}|${found.mtimeMs}` };
    }
    return null;
  };
  return async (req, res, url) => {
    const found = await find(url.pathname);
    if (!found) return false;
    const { path, key } = found;

    allowOrigin(req, res, options.origins);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'GET, HEAD', 'access-control-max-age': '600' }).end();
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' }).end(JSON.stringify({ error: `${url.pathname} is a file: read it with GET.` }));
      return true;
    }
    let file = found.file ?? files.get(key);
    if (!file) {
      file = await servedFile(path);
      files.set(key, file);
    }
    res.setHeader('cache-control', CONTENT_HASHED.test(path) ? IMMUTABLE : REVALIDATE);
    res.setHeader('etag', file.etag);
    res.setHeader('vary', 'Origin, Accept-Encoding');
    // A page on another origin may use these (scripts, fonts) even under a strict embedding policy.
    res.setHeader('cross-origin-resource-policy', 'cross-origin');
    if (etagMatches(req.headers['if-none-match'], file.etag)) {
      res.writeHead(304).end();
      return true;
    }
    const encoding = file.compressible ? chosenEncoding(req.headers['accept-encoding']) : 'identity';
    const body = encoding === 'identity' ? file.bytes : await encoded(file, encoding);
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-length', body.length);
    if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
    res.writeHead(200);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

/** The file a URL path names inside the mount, or null for anything that could leave it. */
function filePath(mount: { directory: string }, rest: string): string | null {
  const segments = rest.split('/');
  if (segments.length === 0 || !segments.every((segment) => SEGMENT.test(segment))) return null;
  if (!(extname(rest) in CONTENT_TYPES)) return null;
  const root = resolve(mount.directory);
  const path = resolve(root, ...segments);
  return path.startsWith(root + sep) ? path : null;
}

async function servedFile(path: string): Promise<ServedFile> {
  return servedBytes(path, await readFile(path));
}

function servedBytes(path: string, bytes: Buffer): ServedFile {
  const extension = extname(path);
  return {
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`,
    bytes,
    contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    compressible: COMPRESSIBLE.has(extension),
    encoded: new Map(),
  };
}

function encoded(file: ServedFile, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  let body = file.encoded.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotli(file.bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: file.bytes.length } })
        : gzipAsync(file.bytes, { level: 9 });
    file.encoded.set(encoding, body);
  }
  return body;
}

/** Brotli when the client takes it, else gzip, else the bytes as they are (RFC 9110 §12.5.3). */
export function chosenEncoding(header: string | undefined): Encoding {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function allowOrigin(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): void {
  const origin = req.headers.origin;
  if (origin && origins.includes(origin)) res.setHeader('access-control-allow-origin', origin);
}
