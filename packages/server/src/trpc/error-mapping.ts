import { TRPCError } from '@trpc/server';
import { isDomainError } from '@tickets/domain';
import { databaseUnavailableAnswer, type FailureAnswer, failureAnswer } from '../http/failure-answer.js';

function trpcErrorOf({ code, message, cause }: FailureAnswer): TRPCError {
  return new TRPCError({ code, message, cause });
}

/** Turns whatever a procedure threw into a TRPCError a client can act on (see http/failure-answer.ts). */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) {
    // tRPC wraps whatever a procedure threw in an INTERNAL_SERVER_ERROR: judge what was thrown.
    if (error.code === 'INTERNAL_SERVER_ERROR' && error.cause && !(error.cause instanceof TRPCError)) return toTRPCError(error.cause);
    if (isDomainError(error.cause)) return toTRPCError(error.cause);
    return error;
  }
  return trpcErrorOf(failureAnswer(error));
}

/** The answer while the database cannot be reached: nothing was changed, try again. */
export function databaseUnavailableError(error: unknown): TRPCError {
  return trpcErrorOf(databaseUnavailableAnswer(error));
}
