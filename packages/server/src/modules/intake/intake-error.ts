import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { isDomainError } from '@tickets/domain';
import { toTRPCError } from '../../trpc/error-mapping.js';
import type { FieldError } from '../../trpc/field-error-sentence.js';

export type { FieldError };

/** The body of every refusal: `{ error: { code, message, fieldErrors, domain } }`. */
export interface IntakeErrorBody {
  error: {
    code: string;
    message: string;
    fieldErrors: FieldError[];
    /** For a broken domain rule: its stable code (e.g. `ticket_type.unknown`). */
    domainCode: string | null;
  };
}

/** A refusal of an intake request, with the HTTP status and headers it is answered with. */
export class IntakeError extends Error {
  override readonly name = 'IntakeError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
    readonly domainCode: string | null = null,
  ) {
    super(message);
  }

  body(): IntakeErrorBody {
    return { error: { code: this.code, message: this.message, fieldErrors: this.fieldErrors, domainCode: this.domainCode } };
  }
}

interface IssueLike {
  path: PropertyKey[];
  message: string;
}

export function fieldErrorsOf(issues: readonly IssueLike[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function issuesOf(cause: unknown): IssueLike[] {
  if (typeof cause !== 'object' || cause === null || !('issues' in cause) || !Array.isArray(cause.issues)) return [];
  return cause.issues as IssueLike[];
}

/**
 * Whatever creating the ticket threw, as the same code and message the tRPC API would answer, so
 * the two entrances refuse the same request in the same words.
 */
export function intakeErrorFrom(error: unknown): IntakeError {
  if (error instanceof IntakeError) return error;
  const mapped = toTRPCError(error);
  return new IntakeError(
    getHTTPStatusCodeFromError(mapped),
    mapped.code,
    mapped.message,
    fieldErrorsOf(issuesOf(mapped.cause)),
    {},
    isDomainError(mapped.cause) ? mapped.cause.code : null,
  );
}
