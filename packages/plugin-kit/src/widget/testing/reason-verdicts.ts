import { REJECTION_REASON_MAX_LENGTH as MAX } from '../../rejection-limits.js';
import { translatorFor } from '../i18n/translator.js';
import { kitMessages } from '../kit-messages.js';
import { reasonProblemText } from '../RejectForm.js';

/** A `reject` action's input schema, as far as this needs it (a zod object of `{ reason }`). */
export interface ReasonSchema {
  safeParse(input: { reason: string }): { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
}

/** Reasons on either side of each limit, with spaces around some: the schema trims before it counts. */
const SAMPLES = ['', 'no', '  ab  ', 'abc', ` ${'x'.repeat(MAX - 1)}\n`, `  ${'x'.repeat(MAX)}  `, 'x'.repeat(MAX + 1)];

/**
 * What the `reject` action's schema and the `RejectForm` each say of the same reasons: null, or the
 * refusal. `expect(form).toEqual(schema)` holds the form to the server's rule and words.
 */
export function reasonVerdicts(schema: ReasonSchema, what: string): { schema: (string | null)[]; form: (string | null)[] } {
  return {
    schema: SAMPLES.map((reason) => {
      const parsed = schema.safeParse({ reason });
      return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'refused');
    }),
    form: SAMPLES.map((reason) => reasonProblemText(reason, what, translatorFor(kitMessages))),
  };
}
