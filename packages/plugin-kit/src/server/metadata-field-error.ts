import { DomainError, type DomainErrorKind } from '@tickets/domain';

/** One refused field, as zod words it: the API reports these as `fieldErrors`. */
export interface FieldIssue {
  readonly path: PropertyKey[];
  readonly message: string;
}

/**
 * A refusal that names the field at fault, for the rules a schema cannot check because they depend
 * on who files or on the directory (`store.insert`, an effect). It carries zod-shaped `issues`,
 * which the API reports as `fieldErrors` exactly like a schema failure (`metadata.proofUrl`: …), so
 * a form shows the message beside the field; `details.field` names it for the domain error too.
 * The field is in what was filed (`metadata`, the default) or in what an action was sent (`input`).
 */
export class MetadataFieldError extends DomainError {
  readonly issues: readonly FieldIssue[];

  constructor(code: string, path: readonly PropertyKey[], message: string, options: { kind?: DomainErrorKind; of?: 'metadata' | 'input' } = {}) {
    const fullPath = [options.of ?? 'metadata', ...path];
    super(options.kind ?? 'invalid', code, message, { field: fullPath.join('.') });
    this.issues = [{ path: fullPath, message }];
  }
}
