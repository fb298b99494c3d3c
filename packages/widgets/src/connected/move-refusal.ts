import type { ActionFailure } from '@tickets/plugin-kit/widget';
import type { MoveRefusal } from '../components/MoveTypeForm.js';

/**
 * A refused move as the form shows it: each problem by the key of the answer it is about. The new
 * type checks its metadata, so a path names its field (`metadata.changes.0.newValue`, `metadata.proofUrl`):
 * the last part is the answer's key when the type asks for it by that name.
 */
export function moveRefusal(failure: ActionFailure): MoveRefusal {
  const fieldErrors: Record<string, string> = {};
  for (const { path, message } of failure.fieldErrors) {
    const key = path.split('.').at(-1) ?? path;
    fieldErrors[key] = fieldErrors[key] === undefined ? message : `${fieldErrors[key]} ${message}`;
  }
  return { message: failure.message, fieldErrors };
}
