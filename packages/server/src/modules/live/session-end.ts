import { decodeJwt } from 'jose';
import { bearerToken } from '../../auth/verify-token.js';

/**
 * When the session of a verified `Authorization` header ends (its token's `exp`, ms since the
 * epoch): a subscription, unlike a request, outlives the moment its token was checked. Without a
 * bearer token (a server-side caller) it never ends.
 */
export function sessionEndOf(authorization: string | undefined): number {
  const token = bearerToken(authorization);
  const exp = token ? decodeJwt(token).exp : undefined;
  return exp === undefined ? Number.POSITIVE_INFINITY : exp * 1000;
}
