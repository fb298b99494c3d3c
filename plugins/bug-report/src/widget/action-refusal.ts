import { isActionFailure } from '@tickets/plugin-kit/widget';

/** Why the server refused an action, and whether it is about the note (shown next to the note). */
export interface ActionRefusal {
  readonly message: string;
  readonly aboutNote: boolean;
}

export function actionRefusal(error: unknown): ActionRefusal {
  const note = isActionFailure(error) ? error.fieldErrors.find((fieldError) => fieldError.path === 'input.note') : undefined;
  if (note) return { message: note.message, aboutNote: true };
  return { message: error instanceof Error && error.message ? error.message : 'The bug report could not be changed. Try again.', aboutNote: false };
}
