import { type ActionRun, type ActionView, Field, FormRefusal, type NotAllowedReasons } from '@tickets/plugin-kit/widget';
import { type FormEvent, useState } from 'react';

export interface HandOverActionProps {
  action: ActionView;
  run: ActionRun;
  busy: boolean;
  /** Why it is refused, said below the decisions. */
  why: NotAllowedReasons;
}

/** The user id typed in the box, or why it is none. */
export function parseUserId(text: string): number | string {
  const trimmed = text.trim();
  const id = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(id) || id <= 0) return "Give the Delegate's user id, a whole number such as 6.";
  return id;
}

/**
 * "Hand over to another Delegate", by user id: the API cannot search the directory by name yet.
 * Sends `handOver { delegateUserId }`; the server checks the person is a Delegate.
 */
export function HandOverAction({ action, run, busy, why }: HandOverActionProps) {
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const refusal = run.refusal?.key === action.key ? run.refusal : null;
  const sending = run.pending === action.key;
  const disabled = !action.allowed || busy || run.pending !== null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    const delegateUserId = parseUserId(text);
    setChecked(typeof delegateUserId === 'string' ? delegateUserId : null);
    if (typeof delegateUserId === 'number' && (await run.run(action.key, { delegateUserId })) === null) setText('');
  };

  return (
    <form className="tk-form" aria-label={action.title} onSubmit={(event) => void submit(event)} noValidate>
      <Field
        label="Delegate’s user id"
        error={checked ?? refusal?.fieldErrors['delegateUserId']}
        help="The number the site’s directory gives the Delegate (searching by name is not available yet: ask them for it). They must be a member of Delegates, and neither you nor the requester. The request, and the decision, then pass to them."
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={text}
            disabled={!action.allowed}
            onChange={(event) => {
              setText(event.target.value);
              setChecked(null);
              if (refusal) run.clear();
            }}
          />
        )}
      </Field>
      <button type="submit" className="tk-button" disabled={disabled || text.trim() === ''} aria-describedby={why.idOf(action.key)} aria-busy={sending || undefined}>
        {sending ? 'Handing over…' : action.title}
      </button>
      <FormRefusal refusal={refusal} shownFields={['delegateUserId']} />
    </form>
  );
}
