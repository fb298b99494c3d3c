import { isActionFailure } from './playground.js';

/** Why the server refused an action, read for a form: the sentence for the form, and each refused field's own. */
export interface ActionRefusal {
  readonly message: string;
  /** The API's code, e.g. `PRECONDITION_FAILED`; null when no answer came. */
  readonly code: string | null;
  /** The broken domain rule's stable code, e.g. `edit_person.out_of_sync`. */
  readonly domainCode: string | null;
  /** What is wrong with each input field, by its name in the input (`reason` for the path `input.reason`). */
  readonly fieldErrors: Readonly<Record<string, string>>;
}

/**
 * Reads whatever `runAction` rejected with; a field refused twice says both. `noAnswer` is said
 * when the error carries no sentence of its own (the widgets pass it in the reader's language).
 */
export function actionRefusal(error: unknown, noAnswer = 'The action could not be run. Try again.'): ActionRefusal {
  if (!isActionFailure(error)) {
    return { message: error instanceof Error && error.message ? error.message : noAnswer, code: null, domainCode: null, fieldErrors: {} };
  }
  const fieldErrors: Record<string, string> = {};
  for (const { path, message } of error.fieldErrors) {
    const field = path.replace(/^input\.?/, '') || 'input';
    fieldErrors[field] = fieldErrors[field] === undefined ? message : `${fieldErrors[field]} ${message}`;
  }
  return { message: error.message, code: error.code, domainCode: error.domainCode, fieldErrors };
}

/** The refusal's sentence for the form as a whole, unless every part of it is already said beside its field. */
export function formMessage(refusal: ActionRefusal | null, shownFields: readonly string[]): string | null {
  if (!refusal) return null;
  const fields = Object.keys(refusal.fieldErrors);
  return fields.length > 0 && fields.every((field) => shownFields.includes(field)) ? null : refusal.message;
}
