import type { ActionView } from './playground.js';

/** What to say when the server gave no reason: "You cannot {action} on this ticket." in the reader's language. */
export type NoReasonSentence = (action: ActionView) => string;

const ENGLISH_NO_REASON: NoReasonSentence = (action) => `You cannot ${action.title.toLowerCase()} on this ticket.`;

/** Why the viewer may not run an action now, in the server's words; null when they may. */
export function whyNotAllowed(action: ActionView, noReason: NoReasonSentence = ENGLISH_NO_REASON): string | null {
  return action.allowed ? null : (action.reason ?? noReason(action));
}

export interface NotAllowedReasons {
  /** The id of the sentence a refused action's control points at (`aria-describedby`). */
  idOf(key: string): string | undefined;
  /** Each sentence once: a closed ticket refuses every action in the same words. */
  readonly reasons: readonly { readonly id: string; readonly text: string }[];
}

/** Why each refused action is refused, said once per distinct sentence; ids start with `prefix`. */
export function notAllowedReasons(prefix: string, actions: readonly (ActionView | null | undefined)[], noReason?: NoReasonSentence): NotAllowedReasons {
  const ids = new Map<string, string>();
  const reasons: { id: string; text: string }[] = [];
  for (const action of actions) {
    const text = action ? whyNotAllowed(action, noReason) : null;
    if (!action || text === null) continue;
    let reason = reasons.find((candidate) => candidate.text === text);
    if (!reason) {
      reason = { id: `${prefix}-why-${reasons.length}`, text };
      reasons.push(reason);
    }
    ids.set(action.key, reason.id);
  }
  return { idOf: (key) => ids.get(key), reasons };
}
