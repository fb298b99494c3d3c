import { errors, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import type { TokenKey } from './token-key.js';

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

/**
 * The only spelling of a user id in `sub`: a positive decimal integer that fits PostgreSQL's int,
 * written without sign, leading zeros, exponent, hex or blanks. `Number()` would also read "1e0",
 * "0x1", " 1 " and ["1"] as user 1: two spellings of one id are two tokens for one person.
 */
const USER_ID = /^[1-9][0-9]{0,9}$/;
const MAX_USER_ID = 2_147_483_647;

function userIdOf(sub: unknown): number {
  const userId = typeof sub === 'string' && USER_ID.test(sub) ? Number(sub) : null;
  if (userId === null || userId > MAX_USER_ID) throw new AuthenticationError('The token names no valid user (its "sub" must be a user id, written as a whole number such as "42").');
  return userId;
}

function duration(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600} h` : `${seconds} s`;
}

/** The token of an `Authorization: Bearer <token>` header; undefined for any other header. */
export function bearerToken(header: string | undefined): string | undefined {
  return header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
}

/**
 * Checks an `Authorization` header and returns the user id it vouches for. A token must say when it
 * was issued (`iat`) and when it expires (`exp`), live at most TOKEN_MAX_LIFETIME_SECONDS, and not
 * come from the future; TOKEN_CLOCK_TOLERANCE_SECONDS absorbs the host site's clock drift.
 */
export async function verifyBearer(header: string | undefined, key: TokenKey, config: Config): Promise<number> {
  if (!header) throw new AuthenticationError('Sign in first: send "Authorization: Bearer <token>" with a token from the host site.');
  const token = bearerToken(header);
  if (!token) throw new AuthenticationError('The Authorization header must read "Bearer <token>".');
  try {
    const { payload } = await jwtVerify(token, key.verifyKey, {
      algorithms: [key.algorithm],
      requiredClaims: ['exp', 'iat', 'sub'],
      maxTokenAge: config.TOKEN_MAX_LIFETIME_SECONDS,
      clockTolerance: config.TOKEN_CLOCK_TOLERANCE_SECONDS,
      ...(config.TOKEN_ISSUER ? { issuer: config.TOKEN_ISSUER } : {}),
      ...(config.TOKEN_AUDIENCE ? { audience: config.TOKEN_AUDIENCE } : {}),
    });
    // jose checks how old the token is; a token made to live longer is refused even while young.
    if (payload.exp! - payload.iat! > config.TOKEN_MAX_LIFETIME_SECONDS) {
      throw new AuthenticationError(`The token lives longer than this server accepts: at most ${duration(config.TOKEN_MAX_LIFETIME_SECONDS)} from "iat" to "exp".`);
    }
    return userIdOf(payload.sub);
  } catch (error) {
    if (error instanceof AuthenticationError) throw error;
    if (error instanceof errors.JWTExpired) throw new AuthenticationError('Your session token has expired; reload the page to get a new one.');
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iat' && error.reason === 'check_failed') {
      throw new AuthenticationError(`The token was issued in the future (its "iat" is more than ${config.TOKEN_CLOCK_TOLERANCE_SECONDS} s ahead of this server's clock); check the host site's clock.`);
    }
    if (error instanceof errors.JWTClaimValidationFailed) throw new AuthenticationError(`The token was refused: ${error.message}.`);
    if (error instanceof errors.JOSEAlgNotAllowed) throw new AuthenticationError(`The token is signed with an algorithm this server does not accept (expected ${key.algorithm}).`);
    if (error instanceof errors.JWSSignatureVerificationFailed) throw new AuthenticationError('The token signature is not valid: it was not signed by the host site.');
    throw new AuthenticationError('The token could not be read; it is malformed.');
  }
}
