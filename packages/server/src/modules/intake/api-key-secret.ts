import { createHash, randomBytes } from 'node:crypto';

/**
 * An API key: `tk_<prefix>_<secret>`. The prefix (`tk_1a2b3c4d`) names the key to people — in lists,
 * logs and the revoke command — and is stored as is; the whole key is shown once, at creation, and
 * stored only as its SHA-256 hash.
 *
 * Why SHA-256 and not bcrypt/argon2: those are slow on purpose, to protect guessable passwords. A
 * key with 256 random bits cannot be guessed however fast the hash is, so a slow hash would only
 * add ~100 ms to every intake request and let anyone with an invalid key burn CPU.
 */
export interface NewApiKeySecret {
  key: string;
  prefix: string;
  hash: string;
}

const KEY_PATTERN = /^tk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

export function generateApiKeySecret(): NewApiKeySecret {
  const prefix = `tk_${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Whether a string has the shape of one of our keys (a cheap check before any database lookup). */
export function looksLikeApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}
