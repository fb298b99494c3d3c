import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import type { z } from 'zod';
import { ApiKeyRow } from '../../db/rows/api-keys-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { isoTimestamp, isoTimestampOrNull } from '../../db/timestamps.js';
import { generateApiKeySecret, hashApiKey, looksLikeApiKey } from './api-key-secret.js';
import { IntakeError } from './intake-error.js';

export interface ApiKeyInfo {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const KeyRow = ApiKeyRow.omit({ key_hash: true });
type KeyRow = z.infer<typeof KeyRow>;

const COLUMNS = sql`id, name, prefix, created_at, last_used_at, revoked_at`;

function infoOf(row: KeyRow): ApiKeyInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: isoTimestamp(row.created_at),
    lastUsedAt: isoTimestampOrNull(row.last_used_at),
    revokedAt: isoTimestampOrNull(row.revoked_at),
  };
}

/** Creates a key for a host site; the answer holds the only copy of the whole key. */
export async function createApiKey(em: EntityManager, name: string): Promise<ApiKeyInfo & { key: string }> {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 128) throw new Error('Give the key a name of 1 to 128 characters, e.g. the host site it is for.');
  const secret = generateApiKeySecret();
  const row = await sqlOf(em).one(sql`insert into api_keys (name, prefix, key_hash) values (${trimmed}, ${secret.prefix}, ${secret.hash}) returning ${COLUMNS}`, KeyRow);
  return { ...infoOf(row), key: secret.key };
}

export async function listApiKeys(em: EntityManager): Promise<ApiKeyInfo[]> {
  return (await sqlOf(em).rows(sql`select ${COLUMNS} from api_keys order by id`, KeyRow)).map(infoOf);
}

/** Revokes a key by its id or its prefix (`tk_1a2b3c4d`); requests with it are refused from now on. */
export async function revokeApiKey(em: EntityManager, idOrPrefix: string): Promise<ApiKeyInfo> {
  const byId = /^\d+$/.test(idOrPrefix);
  const row = await sqlOf(em).maybeOne(
    sql`update api_keys set revoked_at = coalesce(revoked_at, now()) where ${byId ? sql`id = ${Number(idOrPrefix)}` : sql`prefix = ${idOrPrefix}`} returning ${COLUMNS}`,
    KeyRow,
  );
  if (!row) throw new Error(`No API key has the ${byId ? 'id' : 'prefix'} '${idOrPrefix}'. List them with: pnpm api-key list`);
  return infoOf(row);
}

/** The caller's key from `Authorization: Bearer <key>` or `X-Api-Key: <key>`, refused with a reason. */
export async function authenticateApiKey(em: EntityManager, headers: { authorization?: string | undefined; 'x-api-key'?: string | string[] | undefined }): Promise<ApiKeyInfo> {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  const header = headers['x-api-key'];
  const key = bearer ?? (typeof header === 'string' ? header.trim() : undefined);
  if (!key) throw new IntakeError(401, 'UNAUTHORIZED', 'Send your API key as "Authorization: Bearer <key>" or "X-Api-Key: <key>".', [], { 'www-authenticate': 'Bearer' });
  if (!looksLikeApiKey(key)) throw new IntakeError(401, 'UNAUTHORIZED', 'This is not an API key of this ticket system (they look like tk_1a2b3c4d_…). Create one with: pnpm api-key create <name>', [], { 'www-authenticate': 'Bearer error="invalid_token"' });
  const db = sqlOf(em);
  const row = await db.maybeOne(sql`update api_keys set last_used_at = now() where key_hash = ${hashApiKey(key)} and revoked_at is null returning ${COLUMNS}`, KeyRow);
  if (row) return infoOf(row);
  const revoked = await db.maybeOne(sql`select ${COLUMNS} from api_keys where key_hash = ${hashApiKey(key)}`, KeyRow);
  const message = revoked
    ? `The API key ${revoked.prefix} was revoked on ${isoTimestampOrNull(revoked.revoked_at)}. Ask for a new one.`
    : 'This API key is not known (it may have been mistyped, or created for another deployment).';
  throw new IntakeError(401, 'UNAUTHORIZED', message, [], { 'www-authenticate': 'Bearer error="invalid_token"' });
}
