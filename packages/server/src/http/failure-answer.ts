import { ANSWER_CODE_OF_KIND, type DomainErrorKind, isDomainError } from '@tickets/domain';
import { isDatabaseUnavailable } from '../db/database-unavailable.js';
import { InvalidFields } from '../input/invalid-fields.js';

/**
 * The codes a failed call is answered with, and their HTTP status. They are tRPC's names (and its
 * statuses: test/failure-answer.test.ts holds them to it), which the intake answers with too, so
 * both entrances refuse the same request with the same code.
 */
export const STATUS_OF_FAILURE_CODE = {
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;
export type FailureCode = keyof typeof STATUS_OF_FAILURE_CODE;

export const CODE_OF_DOMAIN_KIND: Readonly<Record<DomainErrorKind, FailureCode>> = ANSWER_CODE_OF_KIND;

/** What a client is told about a failure; `cause` is what was thrown, kept for the details and the log. */
export interface FailureAnswer {
  code: FailureCode;
  status: number;
  message: string;
  cause: Error | undefined;
}

function answer(code: FailureCode, message: string, cause: unknown): FailureAnswer {
  return { code, status: STATUS_OF_FAILURE_CODE[code], message, cause: cause instanceof Error ? cause : undefined };
}

/** Whatever a module threw as the answer a client can act on: a broken domain rule, bad fields, or our failure. */
export function failureAnswer(error: unknown): FailureAnswer {
  if (isDomainError(error)) return answer(CODE_OF_DOMAIN_KIND[error.kind], error.message, error);
  if (error instanceof InvalidFields) return answer('BAD_REQUEST', error.message, error);
  if (isDatabaseUnavailable(error)) return databaseUnavailableAnswer(error);
  return answer('INTERNAL_SERVER_ERROR', 'Something went wrong on our side and nothing was changed. Try again; if it keeps happening, tell the software team.', error);
}

/** The answer while the database cannot be reached: nothing was changed, try again. */
export function databaseUnavailableAnswer(error: unknown): FailureAnswer {
  return answer('SERVICE_UNAVAILABLE', 'The ticket database cannot be reached right now; nothing was changed. Try again in a moment.', error);
}
