import { TRPCError } from '@trpc/server';
import { type DomainErrorKind, isDomainError } from '@tickets/domain';
import { isDatabaseUnavailable } from '../db/database-unavailable.js';
import { InvalidFields } from './invalid-fields.js';

type TRPCCode = TRPCError['code'];

export const CODE_OF_DOMAIN_KIND: Record<DomainErrorKind, TRPCCode> = {
  invalid: 'BAD_REQUEST',
  limit: 'UNPROCESSABLE_CONTENT',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  precondition: 'PRECONDITION_FAILED',
  rate_limited: 'TOO_MANY_REQUESTS',
};

/** Turns whatever a procedure threw into a TRPCError a client can act on. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) {
    // tRPC wraps whatever a procedure threw in an INTERNAL_SERVER_ERROR: judge what was thrown.
    if (error.code === 'INTERNAL_SERVER_ERROR' && error.cause && !(error.cause instanceof TRPCError)) return toTRPCError(error.cause);
    if (isDomainError(error.cause)) return toTRPCError(error.cause);
    return error;
  }
  if (isDomainError(error)) return new TRPCError({ code: CODE_OF_DOMAIN_KIND[error.kind], message: error.message, cause: error });
  if (error instanceof InvalidFields) return new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
  if (isDatabaseUnavailable(error)) return databaseUnavailableError(error);
  return new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Something went wrong on our side and nothing was changed. Try again; if it keeps happening, tell the software team.',
    cause: error instanceof Error ? error : undefined,
  });
}

/** The answer while the database cannot be reached: nothing was changed, try again. */
export function databaseUnavailableError(error: unknown): TRPCError {
  return new TRPCError({
    code: 'SERVICE_UNAVAILABLE',
    message: 'The ticket database cannot be reached right now; nothing was changed. Try again in a moment.',
    cause: error instanceof Error ? error : undefined,
  });
}
