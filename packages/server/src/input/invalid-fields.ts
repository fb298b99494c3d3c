import { type DomainError, isDomainError } from '@tickets/domain';
import type { InputIssue } from './field-errors.js';

/**
 * A refusal of input that names each bad field, for checks that run after the input schema (e.g. a
 * plugin's metadata schema). Both entrances answer its `issues` as `fieldErrors`, exactly like a
 * failed input schema; tRPC also answers `domain` (the rule it broke, when a domain rule refused
 * it) as `data.domain`.
 */
export class InvalidFields extends Error {
  override readonly name = 'InvalidFields';
  constructor(
    message: string,
    readonly issues: readonly InputIssue[],
    readonly domain: DomainError | null = null,
  ) {
    super(message);
  }
}

/** The domain rule behind a refusal: the error itself, or the one a field refusal came from. */
export function domainErrorOf(cause: unknown): DomainError | null {
  if (isDomainError(cause)) return cause;
  if (cause instanceof InvalidFields) return cause.domain;
  return null;
}

/** The same domain refusal, now naming the input field (`path`) it is about. */
export function namingField(error: DomainError, path: PropertyKey[]): InvalidFields {
  return new InvalidFields(error.message, [{ path, message: error.message }], error);
}

/**
 * Runs a lookup whose `invalid` domain refusal is about one input field (an unknown type, action or
 * status), and refuses with that field's path, so a client can show the message beside the field.
 */
export function refusingField<T>(field: string, lookup: () => T): T {
  try {
    return lookup();
  } catch (error) {
    if (isDomainError(error) && error.kind === 'invalid') throw namingField(error, [field]);
    throw error;
  }
}

/** Which input field a domain refusal is about (a path such as `['defaults', 'closed']`), if any. */
export type FieldOfRefusal = (error: DomainError) => PropertyKey[] | undefined;

/**
 * Runs work whose `invalid` domain refusals may be about any of several input fields: `fieldOf`
 * says which, from the broken rule, and the refusal carries that path (and still the rule in
 * `data.domain`). Refusals of other kinds (a name taken, a limit, not allowed) pass unchanged.
 */
export async function refusingFieldsOf<T>(fieldOf: FieldOfRefusal, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const path = isDomainError(error) && error.kind === 'invalid' ? fieldOf(error) : undefined;
    if (isDomainError(error) && path) throw namingField(error, path);
    throw error;
  }
}
