import { type ReactNode, useId } from 'react';
import { describedBy } from './described-by.js';

/** What the control inside a `Field` spreads onto itself: its id (the label's target) and its aria wiring. */
export interface FieldControl {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

export interface FieldProps {
  label: ReactNode;
  /** What to give, said below the control. */
  help?: ReactNode;
  /** Why the value is refused, by the server or the form's own check: announced as it appears. */
  error?: string | null | undefined;
  /** Further sentences the control points at, e.g. why its action is not allowed. */
  describedBy?: string | undefined;
  /** A text box as wide as the form (a note, a reason) rather than a compact input. */
  wide?: boolean;
  children(control: FieldControl): ReactNode;
}

/**
 * A label, its control, the error and the help, wired so a screen reader reads them with the
 * control. `<Field label="Note" help="…" error={refused}>{(control) => <textarea {...control} />}</Field>`
 */
export function Field({ label, help, error, describedBy: more, wide = false, children }: FieldProps) {
  const id = useId();
  const control: FieldControl = {
    id,
    'aria-describedby': describedBy(error && `${id}-error`, help !== undefined && `${id}-help`, more),
    'aria-invalid': error ? true : undefined,
  };
  const parts = (
    <>
      <label htmlFor={id} className={wide ? 'tk-strong' : undefined}>
        {label}
      </label>
      {children(control)}
      {error && (
        <p id={`${id}-error`} className="tk-error" role="alert">
          {error}
        </p>
      )}
      {help !== undefined && (
        <p id={`${id}-help`} className="tk-muted">
          {help}
        </p>
      )}
    </>
  );
  // A wide box sits in the form's own grid; a compact one keeps its label close above it.
  return wide ? parts : <div className="tk-field">{parts}</div>;
}
