import { SignJWT } from 'jose';
import type { Config } from '../config.js';
import type { TokenKey } from './token-key.js';

/** Signs a token the way a host site would; for local use, tests and the demo page. */
export async function issueToken(
  key: TokenKey,
  userId: number,
  options: { expiresIn?: string; config?: Pick<Config, 'TOKEN_ISSUER' | 'TOKEN_AUDIENCE'>; locale?: string } = {},
): Promise<string> {
  if (!key.secret) throw new Error('Tokens can only be issued here with a shared HS256 secret; with a public key, the host site signs them.');
  // `locale`: the language the user reads, a preference the widgets fall back to after the page's own.
  const jwt = new SignJWT(options.locale ? { locale: options.locale } : {}).setProtectedHeader({ alg: 'HS256' }).setSubject(String(userId)).setIssuedAt().setExpirationTime(options.expiresIn ?? '8h');
  if (options.config?.TOKEN_ISSUER) jwt.setIssuer(options.config.TOKEN_ISSUER);
  if (options.config?.TOKEN_AUDIENCE) jwt.setAudience(options.config.TOKEN_AUDIENCE);
  return jwt.sign(key.secret);
}
