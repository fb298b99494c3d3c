import { ActionButton, type ActionRun, type ActionView, FormRefusal, type NotAllowedReasons } from '@tickets/plugin-kit/widget';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useClaimMessages } from './i18n/messages.js';

export interface ApproveActionProps {
  action: ActionView;
  run: ActionRun;
  busy: boolean;
  /** Why it is refused, said below the decisions. */
  why: NotAllowedReasons;
  /** Who is linked to what, for the confirmation, e.g. "John Smith (user 9)" and "2015SMIT02". */
  requester: string;
  wcaId: string;
}

/**
 * "Approve": a first click asks for confirmation, since linking the account cannot be undone
 * here; the second sends `approve {}`. Escape or "Cancel" steps back and returns focus.
 */
export function ApproveAction({ action, run, busy, why, requester, wcaId }: ApproveActionProps) {
  const { t, rich } = useClaimMessages();
  const [confirming, setConfirming] = useState(false);
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
    await run.run(action.key);
    setConfirming(false);
  };

  return (
    <div className="tk-form" onKeyDown={onKeyDown}>
      {!confirming && (
        <ActionButton
          ref={start}
          action={action}
          run={run}
          busy={busy}
          why={why}
          primary
          onClick={() => {
            run.clear();
            setConfirming(true);
          }}
        />
      )}
      {confirming && (
        <div role="group" aria-labelledby={`${id}-question`} className="tk-form">
          <p id={`${id}-question`}>
            {rich('approve.question', { requester, wcaId: <strong>{wcaId}</strong> })}
          </p>
          <div className="tk-row">
            <ActionButton ref={confirm} action={action} run={run} busy={busy} pending={t('approve.pending')} label={t('approve.confirm')} primary onClick={() => void approve()} />
            <button type="button" className="tk-button" disabled={run.pending === action.key} onClick={cancel}>
              {t('approve.cancel')}
            </button>
          </div>
        </div>
      )}
      <FormRefusal refusal={run.refusal?.key === action.key ? run.refusal : null} />
    </div>
  );
}
