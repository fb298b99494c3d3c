import type { ActionView } from '@tickets/plugin-kit/widget';
import { type FormEvent, useId, useState } from 'react';
import { CLAIM_ACTION, formFailure } from './claim-actions.js';
import { NotAllowed } from './NotAllowed.js';

export interface HandOverActionProps {
  action: ActionView;
  runAction(key: string, input?: unknown): Promise<void>;
  busy: boolean;
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
export function HandOverAction({ action, runAction, busy }: HandOverActionProps) {
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const id = useId();
  const disabled = !action.allowed || busy || sending;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    setFormError(null);
    const delegateUserId = parseUserId(text);
    if (typeof delegateUserId === 'string') {
      setFieldError(delegateUserId);
      return;
    }
    setFieldError(null);
    setSending(true);
    try {
      await runAction(CLAIM_ACTION.handOver, { delegateUserId });
      setText('');
    } catch (failure) {
      const placed = formFailure(failure, 'delegateUserId');
      setFieldError(placed.field);
      setFormError(placed.form);
    } finally {
      setSending(false);
    }
  };

  const errorId = `${id}-error`;
  return (
    <form className="tk-form" aria-label={action.title} onSubmit={(event) => void submit(event)} noValidate>
      <div className="tk-field">
        <label htmlFor={`${id}-user`}>Delegate’s user id</label>
        <input
          id={`${id}-user`}
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          value={text}
          disabled={!action.allowed}
          aria-describedby={[fieldError ? errorId : null, `${id}-help`].filter(Boolean).join(' ')}
          aria-invalid={fieldError ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setFieldError(null);
          }}
        />
        {fieldError && (
          <p id={errorId} className="tk-error" role="alert">
            {fieldError}
          </p>
        )}
        <p id={`${id}-help`} className="tk-muted">
          The number the site’s directory gives the Delegate (searching by name is not available yet: ask them for it). They must be a member of
          Delegates, and neither you nor the requester. The request, and the decision, then pass to them.
        </p>
      </div>
      <button
        type="submit"
        className="tk-button"
        disabled={disabled || text.trim() === ''}
        aria-describedby={action.allowed ? undefined : `${id}-why`}
        aria-busy={sending || undefined}
      >
        {sending ? 'Handing over…' : action.title}
      </button>
      <NotAllowed id={`${id}-why`} action={action} />
      {formError && (
        <p className="tk-error" role="alert">
          {formError}
        </p>
      )}
    </form>
  );
}
