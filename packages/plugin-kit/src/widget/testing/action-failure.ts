import type { ActionFailure, FieldError } from '../playground.js';

/** How `runAction` rejects, as the widgets build it from the API's answer (`toActionFailure`). */
export function actionFailure(
  message: string,
  { code = 'BAD_REQUEST', fieldErrors = [], domainCode = null }: { code?: string; fieldErrors?: readonly FieldError[]; domainCode?: string | null } = {},
): ActionFailure {
  return Object.assign(new Error(message), { code, domainCode, fieldErrors });
}
