import { errors, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import type { TokenKey } from './token-key.js';

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

/** Checks an `Authorization` header and returns the user id it vouches for. */
export async function verifyBearer(header: string | undefined, key: TokenKey, config: Config): Promise<number> {
  if (!header) throw new AuthenticationError('Sign in first: send "Authorization: Bearer <token>" with a token from the host site.');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new AuthenticationError('The Authorization header must read "Bearer <token>".');
  try {
    const { payload } = await jwtVerify(match[1], key.verifyKey, {
      algorithms: [key.algorithm],
      requiredClaims: ['exp', 'sub'],
      ...(config.TOKEN_ISSUER ? { issuer: config.TOKEN_ISSUER } : {}),
      ...(config.TOKEN_AUDIENCE ? { audience: config.TOKEN_AUDIENCE } : {}),
    });
    const userId = Number(payload.sub);
    if (!Number.isSafeInteger(userId) || userId <= 0) throw new AuthenticationError('The token names no valid user (its "sub" must be a user id).');
    return userId;
  } catch (error) {
    if (error instanceof AuthenticationError) throw error;
    if (error instanceof errors.JWTExpired) throw new AuthenticationError('Your session token has expired; reload the page to get a new one.');
    if (error instanceof errors.JWTClaimValidationFailed) throw new AuthenticationError(`The token was refused: ${error.message}.`);
    if (error instanceof errors.JOSEAlgNotAllowed) throw new AuthenticationError(`The token is signed with an algorithm this server does not accept (expected ${key.algorithm}).`);
    if (error instanceof errors.JWSSignatureVerificationFailed) throw new AuthenticationError('The token signature is not valid: it was not signed by the host site.');
    throw new AuthenticationError('The token could not be read; it is malformed.');
  }
}
