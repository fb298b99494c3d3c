/**
 * Every rule violation the domain can report. `kind` says what sort of problem it is (the API maps
 * it to a transport code); `code` names the exact rule, stable for programs; `message` is written
 * for a person and says what to do.
 */
export const DOMAIN_ERROR_KINDS = [
  /** The input breaks a rule about its shape or content (a name too long, a bad colour). */
  'invalid',
  /** A namespace-wide or lifecycle-wide limit would be exceeded. */
  'limit',
  /** The viewer is not allowed to do this. */
  'forbidden',
  /** The thing referred to does not exist (or the viewer may not know it exists). */
  'not_found',
  /** The change collides with the current state of the data (a name taken, a stale version). */
  'conflict',
  /** The change is well-formed and allowed, but the ticket's current situation does not permit it. */
  'precondition',
  /** The caller made more requests of a kind than its budget allows in a time window; retry later. */
  'rate_limited',
] as const;
export type DomainErrorKind = (typeof DOMAIN_ERROR_KINDS)[number];

/**
 * The code a client is answered with for each kind (tRPC's names; the intake endpoint answers with
 * the same). It lives here so the server and the widgets' fake API answer a refusal alike.
 */
export const ANSWER_CODE_OF_KIND = {
  invalid: 'BAD_REQUEST',
  limit: 'UNPROCESSABLE_CONTENT',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  precondition: 'PRECONDITION_FAILED',
  rate_limited: 'TOO_MANY_REQUESTS',
} as const satisfies Record<DomainErrorKind, string>;

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    /** Stable identifier of the rule, e.g. `lifecycle.too_many_statuses`. */
    readonly code: string,
    message: string,
    /** Structured facts a client may use (the offending field, the allowed choices, …). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
