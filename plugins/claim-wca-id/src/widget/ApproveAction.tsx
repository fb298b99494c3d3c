import type { ActionView } from '@tickets/plugin-kit/widget';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { CLAIM_ACTION, formFailure } from './claim-actions.js';
import { NotAllowed } from './NotAllowed.js';

export interface ApproveActionProps {
  action: ActionView;
  /** Who is linked to what, for the confirmation, e.g. "John Smith (user 9)" and "2015SMIT02". */
  requester: string;
  wcaId: string;
  runAction(key: string, input?: unknown): Promise<void>;
  busy: boolean;
}

/**
 * "Approve": a first click asks for confirmation, since linking the account cannot be undone
 * here; the second sends `approve {}`. Escape or "Cancel" steps back and returns focus.
 */
export function ApproveAction({ action, requester, wcaId, runAction, busy }: ApproveActionProps) {
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  // Set by "Cancel" and Escape: the approve button is back only after the render, so focus it then.
  const returnFocus = useRef(false);
  const id = useId();
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [confirming]);

  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && confirming) {
      event.preventDefault();
      cancel();
    }
  };
  const approve = async () => {
    setSending(true);
    setError(null);
    try {
      await runAction(CLAIM_ACTION.approve, {});
      setConfirming(false);
    } catch (failure) {
      setConfirming(false);
      setError(formFailure(failure).form);
    } finally {
      setSending(false);
    }
  };
  const disabled = !action.allowed || busy || sending;

  return (
    <div className="tk-form" onKeyDown={onKeyDown}>
      {!confirming && (
        <button
          ref={start}
          type="button"
          className="tk-button tk-primary"
          disabled={disabled}
          aria-describedby={action.allowed ? undefined : `${id}-why`}
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          {action.title}
        </button>
      )}
      <NotAllowed id={`${id}-why`} action={action} />
      {confirming && (
        <div role="group" aria-labelledby={`${id}-question`} className="tk-form">
          <p id={`${id}-question`}>
            Link the account of {requester} to the profile <strong>{wcaId}</strong>? The ticket closes as Approved, and the link cannot be undone from here.
          </p>
          <div className="tk-row">
            <button ref={confirm} type="button" className="tk-button tk-primary" disabled={disabled} aria-busy={sending || undefined} onClick={() => void approve()}>
              {sending ? 'Approving…' : 'Yes, link the account'}
            </button>
            <button type="button" className="tk-button" disabled={sending} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="tk-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
