import { DomainError } from '@tickets/domain';

/**
 * A refusal of filed metadata that names the field, for rules `store.insert` checks because the
 * schema cannot (they depend on who files or on the directory). It carries zod-shaped `issues`,
 * which the API reports as `fieldErrors` (`metadata.proofUrl`: …) exactly like a schema failure,
 * so a form shows the message next to the field.
 */
export class MetadataFieldError extends DomainError {
  readonly issues: readonly { path: PropertyKey[]; message: string }[];

  constructor(code: string, path: readonly PropertyKey[], message: string) {
    super('invalid', code, message, { field: ['metadata', ...path].join('.') });
    this.issues = [{ path: ['metadata', ...path], message }];
  }
}
