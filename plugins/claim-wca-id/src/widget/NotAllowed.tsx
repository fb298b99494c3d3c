import type { ActionView } from '@tickets/plugin-kit/widget';

/** Why an action's button is greyed out, in the server's words; the button points here with `aria-describedby`. */
export function NotAllowed({ id, action }: { id: string; action: ActionView }) {
  if (action.allowed) return null;
  return (
    <p id={id} className="tk-muted">
      {action.reason ?? 'You cannot do this on this ticket.'}
    </p>
  );
}
