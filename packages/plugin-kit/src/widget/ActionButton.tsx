import type { Ref } from 'react';
import { describedBy } from './described-by.js';
import type { NotAllowedReasons } from './not-allowed.js';
import type { ActionView } from './playground.js';
import type { ActionRun } from './use-action.js';

export interface ActionButtonProps {
  action: ActionView;
  /** The view's `useAction`: the button is busy while its action runs, and waits while another does. */
  run: ActionRun;
  /** The page's `busy`: a change to the ticket is on its way. */
  busy: boolean;
  /** What it says while its action runs, e.g. "Confirming…"; unchanged when not given. */
  pending?: string;
  /** What it says otherwise; the action's title by default. */
  label?: string;
  /** The sentences saying why actions are refused (`useNotAllowed`): it points at its own. */
  why?: NotAllowedReasons;
  /** Further sentences it points at, e.g. what the action does. */
  describedBy?: string | undefined;
  primary?: boolean;
  /** A further class, e.g. for a button that destroys. */
  className?: string;
  /** For a button that opens a confirmation or a form: whether it is open. */
  expanded?: boolean;
  /** What pressing it does; by default it runs the action with no input. */
  onClick?(): void;
  ref?: Ref<HTMLButtonElement>;
}

/** A button for one of the type's actions: greyed out with the reason when not allowed, and while any action runs. */
export function ActionButton({ action, run, busy, pending, label, why, describedBy: more, primary = false, className, expanded, onClick, ref }: ActionButtonProps) {
  const running = run.pending === action.key;
  return (
    <button
      ref={ref}
      type="button"
      className={['tk-button', primary && 'tk-primary', className].filter(Boolean).join(' ')}
      aria-expanded={expanded}
      disabled={busy || run.pending !== null || !action.allowed}
      aria-describedby={describedBy(more, why?.idOf(action.key))}
      aria-busy={running || undefined}
      onClick={onClick ?? (() => void run.run(action.key))}
    >
      {(running && pending) || (label ?? action.title)}
    </button>
  );
}
