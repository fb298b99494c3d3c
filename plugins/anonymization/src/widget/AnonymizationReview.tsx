import { type ActionView, isActionFailure, type PlaygroundProps } from '@tickets/plugin-kit/widget';
import { type FormEvent, type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import type { anonymizationActions, RejectInput } from '../actions.js';
import type { AnonymizationStored } from '../anonymization-stored.js';
import { MAX_REASON_LENGTH, SCOPE_LABELS } from '../constants.js';
import { PreviewTable } from './PreviewTable.js';
import { Time } from './Time.js';

type ActionKey = keyof typeof anonymizationActions;
type RejectInputValue = z.input<typeof RejectInput>;

/** The playground's own few rules; everything else comes from the widgets' stylesheet. */
const STYLES = `
.tk-anon-preview { border-collapse: collapse; margin: 0.25rem 0; }
.tk-anon-preview th, .tk-anon-preview td { padding: 0.2rem 0.75rem 0.2rem 0; border-bottom: 1px solid var(--tk-border); text-align: left; vertical-align: top; }
.tk-anon-preview thead th { font-size: 0.85em; color: var(--tk-muted); }
.tk-anon-details { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 0.5rem; }
.tk-anon-details dt { color: var(--tk-muted); }
.tk-anon-details dd { margin: 0; }
.tk-anon-done { border-color: #108548; background: #ecf4ee; }
.tk-anon-danger { background: var(--tk-error); border-color: var(--tk-error); color: #fff; }
.tk-anon-reasons { margin: 0.25rem 0; padding-left: 1.25rem; }
`;

/**
 * The results team's view of an anonymization request: the scope, exactly what will be
 * anonymized (from the preview stored on the ticket, and when it was read), and the actions —
 * refresh the preview, anonymize (after a confirmation: it cannot be undone), reject with a reason.
 */
export function AnonymizationReview({ ticket, metadata, actions, runAction, busy }: PlaygroundProps<AnonymizationStored>) {
  const headingId = useId();
  const previewHeadingId = useId();
  const inProfileScope = metadata.scope === 'account_and_profile';

  return (
    <div className="tk-anonymization" aria-labelledby={headingId} role="group">
      <style>{STYLES}</style>
      <h3 id={headingId} className="tk-section-title">
        Anonymize the {SCOPE_LABELS[metadata.scope]}
      </h3>
      <Outcome metadata={metadata} open={ticket.state === 'open'} />
      <dl className="tk-anon-details">
        <dt>Scope</dt>
        <dd>{inProfileScope ? 'Account and competitor profile' : 'Account only'}</dd>
        <dt>Account</dt>
        <dd>User #{metadata.userId}</dd>
        <dt>Competitor profile</dt>
        <dd>
          {metadata.personId === null
            ? 'None linked to the account'
            : inProfileScope
              ? `Person #${metadata.personId}`
              : `Person #${metadata.personId} (left as it is: not in this scope)`}
        </dd>
        {metadata.reason && (
          <>
            <dt>Reason given</dt>
            <dd>{metadata.reason}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby={previewHeadingId}>
        <h4 id={previewHeadingId} className="tk-subtitle">
          What will be anonymized
        </h4>
        {inProfileScope && metadata.personId === null && (
          <p className="tk-muted">No competitor profile is linked to the account, so only the account will be anonymized.</p>
        )}
        <PreviewTable preview={metadata.preview} />
      </section>
      <Actions ticketId={ticket.id} metadata={metadata} actions={actions} runAction={runAction} busy={busy} />
    </div>
  );
}

/** Done (and when), or rejected (and why). */
function Outcome({ metadata, open }: { metadata: AnonymizationStored; open: boolean }) {
  if (metadata.anonymizedAt !== null) {
    return (
      <div className="tk-notice tk-anon-done">
        <p>
          <strong>Anonymized</strong> on <Time at={metadata.anonymizedAt} />.{' '}
          {open ? 'The ticket has been reopened since; anonymizing again changes only what the preview still lists.' : 'The ticket is closed as done.'}
        </p>
      </div>
    );
  }
  if (metadata.rejectionReason !== null) {
    return (
      <div className="tk-notice tk-notice-warning">
        <p>
          <strong>Rejected</strong>
          {open ? ' (the ticket has been reopened since)' : ''}: {metadata.rejectionReason}
        </p>
      </div>
    );
  }
  return null;
}

interface ActionsProps extends Pick<PlaygroundProps<AnonymizationStored>, 'actions' | 'runAction' | 'busy'> {
  ticketId: number;
  metadata: AnonymizationStored;
}

type Step = 'none' | 'confirm' | 'reject';

const FIELD_PATHS = new Set(['input.reason', 'reason']);

function Actions({ ticketId, metadata, actions, runAction, busy }: ActionsProps) {
  const ids = useId();
  const [step, setStep] = useState<Step>('none');
  const [pending, setPending] = useState<ActionKey | null>(null);
  const [failure, setFailure] = useState<{ key: ActionKey; message: string } | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const anonymizeButton = useRef<HTMLButtonElement>(null);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const cancelConfirm = useRef<HTMLButtonElement>(null);
  const reasonBox = useRef<HTMLTextAreaElement>(null);

  const successNote = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (step === 'confirm') cancelConfirm.current?.focus();
    if (step === 'reject') reasonBox.current?.focus();
  }, [step]);
  // The confirmation or the form that had focus is gone after a success: keep the keyboard here.
  // Checked again when the step changes, because the dialog may close in a later render than the one
  // that shows the success (its button still has focus then).
  useEffect(() => {
    const note = successNote.current;
    if (note && (document.activeElement === null || document.activeElement === note.ownerDocument.body)) note.focus();
  }, [success, step]);

  const find = (key: ActionKey): ActionView | null => actions.find((action) => action.key === key) ?? null;
  const refresh = find('refreshPreview');
  const anonymize = find('anonymize');
  const reject = find('reject');
  if (!refresh && !anonymize && !reject) return null;

  const working = busy || pending !== null;
  // One sentence per distinct reason (e.g. "Ticket #4 is closed; reopen it first." for all three).
  const reasons = [...new Set([refresh, anonymize, reject].flatMap((action) => (action && !action.allowed && action.reason ? [action.reason] : [])))];
  const reasonId = (action: ActionView | null) => (action && !action.allowed && action.reason ? `${ids}-why-${reasons.indexOf(action.reason)}` : undefined);

  const close = (focus: RefObject<HTMLButtonElement | null>) => {
    setStep('none');
    setFailure(null);
    setReasonError(null);
    focus.current?.focus();
  };
  const onEscape = (event: KeyboardEvent, focus: RefObject<HTMLButtonElement | null>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(focus);
    }
  };

  async function run(key: ActionKey, input: object, done: string): Promise<boolean> {
    setPending(key);
    setFailure(null);
    setReasonError(null);
    setSuccess(null);
    try {
      await runAction(key, input);
      setSuccess(done);
      return true;
    } catch (error) {
      const fieldError = isActionFailure(error) ? error.fieldErrors.find((field) => FIELD_PATHS.has(field.path)) : undefined;
      if (key === 'reject' && fieldError) {
        setReasonError(fieldError.message);
        reasonBox.current?.focus();
      } else {
        setFailure({ key, message: error instanceof Error && error.message ? error.message : 'The action could not be run. Try again.' });
      }
      return false;
    } finally {
      setPending(null);
    }
  }

  const onRefresh = () => void run('refreshPreview', {}, 'The preview was refreshed.');
  const onConfirm = async () => {
    if (await run('anonymize', {}, 'Anonymized.')) setStep('none');
  };
  const trimmed = reason.trim();
  const tooLong = reason.length > MAX_REASON_LENGTH;
  const onReject = async (event: FormEvent) => {
    event.preventDefault();
    if (working || trimmed === '' || tooLong || !reject?.allowed) return;
    const input: RejectInputValue = { reason: trimmed };
    if (await run('reject', input, 'The request was rejected.')) {
      setStep('none');
      setReason('');
    }
  };

  const failureFor = (key: ActionKey): ReactNode =>
    failure?.key === key ? (
      <p className="tk-error" id={`${ids}-failure`}>
        {failure.message}
      </p>
    ) : null;
  const fields = metadata.preview.entries.length;
  const inProfileScope = metadata.scope === 'account_and_profile' && metadata.personId !== null;

  return (
    <section className="tk-section" aria-label="Actions">
      <div className="tk-row">
        {refresh && (
          <button type="button" className="tk-button" disabled={working || !refresh.allowed} aria-describedby={reasonId(refresh)} aria-busy={pending === 'refreshPreview' || undefined} onClick={onRefresh}>
            {pending === 'refreshPreview' ? 'Refreshing…' : 'Refresh preview'}
          </button>
        )}
        {anonymize && (
          <button
            ref={anonymizeButton}
            type="button"
            className="tk-button tk-primary"
            disabled={working || !anonymize.allowed}
            aria-describedby={reasonId(anonymize)}
            aria-expanded={step === 'confirm'}
            onClick={() => {
              setFailure(null);
              setStep(step === 'confirm' ? 'none' : 'confirm');
            }}
          >
            Anonymize…
          </button>
        )}
        {reject && (
          <button
            ref={rejectButton}
            type="button"
            className="tk-button"
            disabled={working || !reject.allowed}
            aria-describedby={reasonId(reject)}
            aria-expanded={step === 'reject'}
            onClick={() => {
              setFailure(null);
              setReasonError(null);
              setStep(step === 'reject' ? 'none' : 'reject');
            }}
          >
            Reject…
          </button>
        )}
      </div>
      {reasons.length > 0 && (
        <ul className="tk-muted tk-anon-reasons">
          {reasons.map((text, index) => (
            <li key={text} id={`${ids}-why-${index}`}>
              {text}
            </li>
          ))}
        </ul>
      )}
      {refresh?.allowed && step === 'none' && (
        <p className="tk-muted">Refresh the preview when the account or profile may have changed since it was read.</p>
      )}
      {failureFor('refreshPreview')}
      {success && (
        <p ref={successNote} className="tk-muted" role="status" tabIndex={-1}>
          {success}
        </p>
      )}

      {step === 'confirm' && anonymize && (
        <div
          className="tk-notice tk-notice-warning tk-form"
          role="alertdialog"
          aria-modal="false"
          aria-labelledby={`${ids}-confirm-title`}
          aria-describedby={`${ids}-confirm-text`}
          onKeyDown={(event) => onEscape(event, anonymizeButton)}
        >
          <p id={`${ids}-confirm-title`} className="tk-strong">
            Anonymize this {inProfileScope ? 'account and competitor profile' : 'account'}?
          </p>
          <p id={`${ids}-confirm-text`}>
            {fields === 0
              ? 'The preview lists nothing left to anonymize: running it changes nothing, and the ticket closes as done.'
              : `The ${fields === 1 ? 'field' : `${fields} fields`} listed above ${fields === 1 ? 'is' : 'are'} replaced for good (user #${metadata.userId}${inProfileScope ? `, person #${metadata.personId}` : ''}) and the ticket closes as done.`}{' '}
            <strong>This cannot be undone.</strong> The preview was read on <Time at={metadata.preview.takenAt} />; refresh it first if that is too long ago.
          </p>
          {failureFor('anonymize')}
          <div className="tk-row">
            <button type="button" className="tk-button tk-anon-danger" disabled={working || !anonymize.allowed} aria-busy={pending === 'anonymize' || undefined} onClick={() => void onConfirm()}>
              {pending === 'anonymize' ? 'Anonymizing…' : 'Yes, anonymize'}
            </button>
            <button ref={cancelConfirm} type="button" className="tk-button" disabled={pending === 'anonymize'} onClick={() => close(anonymizeButton)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      {step === 'reject' && reject && (
        <form className="tk-form tk-composer" aria-label={`Reject ticket #${ticketId}`} noValidate onSubmit={(event) => void onReject(event)} onKeyDown={(event) => onEscape(event, rejectButton)}>
          <label htmlFor={`${ids}-reason`} className="tk-strong">
            Reason for rejecting
          </label>
          <textarea
            ref={reasonBox}
            id={`${ids}-reason`}
            value={reason}
            rows={3}
            aria-invalid={reasonError !== null || tooLong || undefined}
            aria-describedby={`${reasonError ? `${ids}-reason-error ` : ''}${ids}-reason-help`}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonError(null);
            }}
          />
          {reasonError && (
            <p id={`${ids}-reason-error`} className="tk-error">
              {reasonError}
            </p>
          )}
          <p id={`${ids}-reason-help`} className={tooLong ? 'tk-error' : 'tk-muted'}>
            {tooLong
              ? `A reason can be at most ${MAX_REASON_LENGTH.toLocaleString('en')} characters; this one has ${reason.length.toLocaleString('en')}.`
              : 'The requester reads it. Rejecting closes the ticket; nothing is anonymized.'}
          </p>
          {failureFor('reject')}
          <div className="tk-row">
            <button type="submit" className="tk-button tk-primary" disabled={working || trimmed === '' || tooLong || !reject.allowed} aria-busy={pending === 'reject' || undefined}>
              {pending === 'reject' ? 'Rejecting…' : 'Reject the request'}
            </button>
            <button type="button" className="tk-button" disabled={pending === 'reject'} onClick={() => close(rejectButton)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
