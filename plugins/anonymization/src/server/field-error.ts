import { DomainError } from '@tickets/domain';

/**
 * A refusal of filed metadata that names the field, for rules `store.insert` checks because the
 * schema cannot (they depend on the directory). Its zod-shaped `issues` reach the client as
 * `fieldErrors` (`metadata.scope`: …), exactly like a schema failure, so a form shows the message
 * next to the field.
 */
export class MetadataFieldError extends DomainError {
  readonly issues: readonly { path: PropertyKey[]; message: string }[];

  constructor(code: string, path: readonly PropertyKey[], message: string) {
    super('invalid', code, message, { field: ['metadata', ...path].join('.') });
    this.issues = [{ path: ['metadata', ...path], message }];
  }
}
