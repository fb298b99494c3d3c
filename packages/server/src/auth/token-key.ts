// Which key verifies (and, for local use, signs) the host site's tokens. The algorithm is pinned by
// configuration: a token signed with any other algorithm is refused, whatever its header says.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { importSPKI } from 'jose';
import type { Config } from '../config.js';
import { deploymentMode } from '../deployment-mode.js';

export type TokenAlgorithm = 'HS256' | 'EdDSA' | 'RS256';

export interface TokenKey {
  algorithm: TokenAlgorithm;
  verifyKey: Uint8Array | Awaited<ReturnType<typeof importSPKI>>;
  /** Present for HS256 only: the API can sign local tokens with the shared secret. */
  secret: Uint8Array | null;
  /** Where the key came from, for the start-up message. */
  source: string;
}

export async function loadTokenKey(config: Config): Promise<TokenKey> {
  if (config.TOKEN_PUBLIC_KEY) {
    const algorithm = config.TOKEN_ALGORITHM as 'EdDSA' | 'RS256';
    return { algorithm, verifyKey: await importSPKI(config.TOKEN_PUBLIC_KEY, algorithm), secret: null, source: `TOKEN_PUBLIC_KEY (${algorithm})` };
  }
  if (config.TOKEN_SECRET) {
    const secret = new TextEncoder().encode(config.TOKEN_SECRET);
    return { algorithm: 'HS256', verifyKey: secret, secret, source: 'TOKEN_SECRET (HS256)' };
  }
  // Config refuses this already; checked again because a key anyone with the data folder can read
  // must never verify a deployment's tokens, whoever built this Config.
  if (deploymentMode(config.NODE_ENV) !== 'development') {
    throw new Error('No token key: set TOKEN_SECRET or TOKEN_PUBLIC_KEY. The development key is used only when NODE_ENV is unset or development.');
  }
  const file = join(config.TICKETS_DATA_DIR, 'dev-token-secret');
  const secret = new TextEncoder().encode(readOrCreateDevSecret(file));
  return { algorithm: 'HS256', verifyKey: secret, secret, source: `a development secret in ${file} (set TOKEN_SECRET in production)` };
}

function readOrCreateDevSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
