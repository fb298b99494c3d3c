import type { ActionView } from '@tickets/plugin-kit/widget';

export interface ActionReasons {
  /** The id of the sentence each refused action's control points at (`aria-describedby`). */
  readonly idOf: ReadonlyMap<string, string>;
  /** Each refusal sentence once: closing the ticket refuses every action with the same words. */
  readonly reasons: readonly { readonly id: string; readonly text: string }[];
}

/** Why the viewer may not run each refused action, said once per distinct reason. */
export function actionReasons(prefix: string, actions: readonly ActionView[]): ActionReasons {
  const idOf = new Map<string, string>();
  const reasons: { id: string; text: string }[] = [];
  for (const action of actions) {
    if (action.allowed) continue;
    const text = action.reason ?? `You cannot ${action.title.toLowerCase()} on this ticket.`;
    let reason = reasons.find((candidate) => candidate.text === text);
    if (!reason) {
      reason = { id: `${prefix}-${reasons.length}`, text };
      reasons.push(reason);
    }
    idOf.set(action.key, reason.id);
  }
  return { idOf, reasons };
}
