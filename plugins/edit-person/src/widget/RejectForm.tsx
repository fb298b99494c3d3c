import type { ActionView, PlaygroundProps } from '@tickets/plugin-kit/widget';
import { type FormEvent, useId, useState } from 'react';
import { formMessage, refusal, useAction } from './use-action.js';

const MAX_REASON = 500;

export interface RejectFormProps {
  action: ActionView;
  runAction: PlaygroundProps['runAction'];
  busy: boolean;
}

/** Refuses the change; the reason is stored with the ticket and the requester reads it. */
export function RejectForm({ action, runAction, busy }: RejectFormProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const reject = useAction(runAction, 'reject');
  const refused = refusal(action);
  const fieldError = reject.refused?.fieldErrors['reason'] ?? null;
  const message = formMessage(reject.refused, ['reason']);
  const tooLong = reason.length > MAX_REASON;
  const describedBy = [`${id}-help`, fieldError ? `${id}-error` : null, refused ? `${id}-reason` : null].filter(Boolean).join(' ');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await reject.run({ reason })) === null) setReason('');
  };

  return (
    <form className="tk-form tk-composer" aria-label="Reject the request" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-text`} className="tk-strong">
        Reason for rejecting
      </label>
      <textarea
        id={`${id}-text`}
        rows={3}
        value={reason}
        disabled={!action.allowed || reject.pending}
        aria-describedby={describedBy}
        aria-invalid={fieldError || tooLong ? true : undefined}
        onChange={(event) => {
          setReason(event.target.value);
          reject.clear();
        }}
      />
      <p id={`${id}-help`} className={tooLong ? 'tk-error' : 'tk-muted'}>
        {tooLong ? `A reason can be at most ${MAX_REASON} characters; this one has ${reason.length}.` : 'The requester reads it: say what is wrong and what they can do.'}
      </p>
      {fieldError && (
        <p id={`${id}-error`} className="tk-error">
          {fieldError}
        </p>
      )}
      {refused && (
        <p id={`${id}-reason`} className="tk-muted">
          {refused}
        </p>
      )}
      {message && (
        <p className="tk-error" role="alert">
          {message}
        </p>
      )}
      <button
        type="submit"
        className="tk-button"
        disabled={busy || reject.pending || !action.allowed || reason.trim() === '' || tooLong}
        aria-describedby={refused ? `${id}-reason` : undefined}
        aria-busy={reject.pending || undefined}
      >
        {reject.pending ? 'Rejecting…' : 'Reject'}
      </button>
    </form>
  );
}
