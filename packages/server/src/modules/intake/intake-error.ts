import { isDomainError } from '@tickets/domain';
import { failureAnswer } from '../../http/failure-answer.js';
import { type FieldError, fieldErrorsOf, issuesOf } from '../../input/field-errors.js';

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

/**
 * Whatever creating the ticket threw, as the same code and message the tRPC API answers (both
 * answer with http/failure-answer.ts), so the two entrances refuse the same request in the same words.
 */
export function intakeErrorFrom(error: unknown): IntakeError {
  if (error instanceof IntakeError) return error;
  const { status, code, message, cause } = failureAnswer(error);
  return new IntakeError(status, code, message, fieldErrorsOf(issuesOf(cause) ?? []), {}, isDomainError(cause) ? cause.code : null);
}
