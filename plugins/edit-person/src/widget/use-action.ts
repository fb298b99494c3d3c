import { isActionFailure, type ActionView, type PlaygroundProps } from '@tickets/plugin-kit/widget';
import { useState } from 'react';

/** The action as the viewer is offered it; one the host did not list counts as not allowed. */
export function offered(actions: readonly ActionView[], key: string): ActionView {
  return actions.find((action) => action.key === key) ?? { key, title: key, description: null, allowed: false, reason: 'This action is not offered to you on this ticket.' };
}

/** Why an action is refused, when it is. */
export function refusal(action: ActionView): string | null {
  return action.allowed ? null : (action.reason ?? `You cannot ${action.title.toLowerCase()} on this ticket.`);
}

export interface Refusal {
  message: string;
  /** The API's code, e.g. `PRECONDITION_FAILED`. */
  code: string | null;
  /** The domain rule that refused it, e.g. `edit_person.out_of_sync`. */
  domainCode: string | null;
  /** Messages by input field (`reason`, `newValue`), from paths like `input.reason`. */
  fieldErrors: Readonly<Record<string, string>>;
}

function toRefusal(error: unknown): Refusal {
  if (isActionFailure(error)) {
    const fieldErrors: Record<string, string> = {};
    for (const { path, message } of error.fieldErrors) {
      const field = path.replace(/^input\.?/, '') || 'input';
      fieldErrors[field] ??= message;
    }
    return { message: error.message, code: error.code, domainCode: error.domainCode, fieldErrors };
  }
  return { message: error instanceof Error && error.message ? error.message : 'The action could not be run; try again.', code: null, domainCode: null, fieldErrors: {} };
}

export interface ActionRun {
  pending: boolean;
  refused: Refusal | null;
  /** Runs the action: null once it is stored, else the refusal (also kept to show). */
  run(input: unknown): Promise<Refusal | null>;
  clear(): void;
}

/** One action of a form: whether it is on its way, and why it was refused. */
export function useAction(runAction: PlaygroundProps['runAction'], key: string): ActionRun {
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const run = async (input: unknown) => {
    setPending(true);
    setRefused(null);
    try {
      await runAction(key, input);
      return null;
    } catch (error) {
      const refused = toRefusal(error);
      setRefused(refused);
      return refused;
    } finally {
      setPending(false);
    }
  };
  return { pending, refused, run, clear: () => setRefused(null) };
}

/** A refusal's message for a form, unless every part of it is already shown next to a field. */
export function formMessage(refused: Refusal | null, shownFields: readonly string[]): string | null {
  if (!refused) return null;
  const fields = Object.keys(refused.fieldErrors);
  return fields.length > 0 && fields.every((field) => shownFields.includes(field)) ? null : refused.message;
}
