import type { ActionView } from '@tickets/plugin-kit/widget';
import { type FormEvent, useId, useState } from 'react';
import { CLAIM_ACTION, formFailure, REASON_MAX_LENGTH, REASON_MIN_LENGTH } from './claim-actions.js';
import { NotAllowed } from './NotAllowed.js';

export interface RejectActionProps {
  action: ActionView;
  runAction(key: string, input?: unknown): Promise<void>;
  busy: boolean;
}

/** "Reject" with a reason the requester reads: sends `reject { reason }`; the text stays when refused. */
export function RejectAction({ action, runAction, busy }: RejectActionProps) {
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const id = useId();
  const trimmed = reason.trim();
  const tooLong = trimmed.length > REASON_MAX_LENGTH;
  const disabled = !action.allowed || busy || sending;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    setFormError(null);
    if (trimmed.length < REASON_MIN_LENGTH || tooLong) {
      setFieldError(
        tooLong
          ? `A reason can be at most ${REASON_MAX_LENGTH.toLocaleString('en')} characters long; this one has ${trimmed.length.toLocaleString('en')}.`
          : `Say why the claim is rejected, in at least ${REASON_MIN_LENGTH} characters; the requester reads it.`,
      );
      return;
    }
    setFieldError(null);
    setSending(true);
    try {
      await runAction(CLAIM_ACTION.reject, { reason: trimmed });
      setReason('');
    } catch (failure) {
      const placed = formFailure(failure, 'reason');
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
        <label htmlFor={`${id}-reason`}>Reason for rejecting</label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          rows={3}
          disabled={!action.allowed}
          aria-describedby={[fieldError ? errorId : null, `${id}-help`].filter(Boolean).join(' ')}
          aria-invalid={fieldError ? true : undefined}
          onChange={(event) => {
            setReason(event.target.value);
            setFieldError(null);
          }}
        />
        {fieldError && (
          <p id={errorId} className="tk-error" role="alert">
            {fieldError}
          </p>
        )}
        <p id={`${id}-help`} className="tk-muted">
          The requester reads this. {REASON_MIN_LENGTH} to {REASON_MAX_LENGTH.toLocaleString('en')} characters.
        </p>
      </div>
      <button
        type="submit"
        className="tk-button"
        disabled={disabled || trimmed === ''}
        aria-describedby={action.allowed ? undefined : `${id}-why`}
        aria-busy={sending || undefined}
      >
        {sending ? 'Rejecting…' : action.title}
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
