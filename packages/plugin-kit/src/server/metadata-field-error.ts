import { DomainError, type DomainErrorKind } from '@tickets/domain';
import { englishOf, type TypeSentence, type WordedRefusal } from './type-rule-error.js';

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
 * Given as the type's words (`{ definition, refusal: refuse(name, values) }`), the API says it in
 * the reader's language; given as a string, as written.
 */
export class MetadataFieldError extends DomainError {
  readonly issues: readonly FieldIssue[];
  readonly worded: WordedRefusal | null;

  constructor(code: string, path: readonly PropertyKey[], sentence: string | TypeSentence, options: { kind?: DomainErrorKind; of?: 'metadata' | 'input' } = {}) {
    const fullPath = [options.of ?? 'metadata', ...path];
    const { message, worded } = englishOf(sentence);
    super(options.kind ?? 'invalid', code, message, { field: fullPath.join('.') });
    this.issues = [{ path: fullPath, message }];
    this.worded = worded;
  }
}
