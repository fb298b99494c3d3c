import { ActionButton, FormRefusal, NotAllowed, type PlaygroundProps, RejectForm, Time, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { anonymizationActions } from '../actions.js';
import type { AnonymizationStored } from '../anonymization-stored.js';
import { SCOPE_LABELS } from '../constants.js';
import { PreviewTable } from './PreviewTable.js';

type ActionKey = keyof typeof anonymizationActions;

/** What the view says once an action is stored. */
const DONE: Readonly<Record<ActionKey, string>> = { refreshPreview: 'The preview was refreshed.', anonymize: 'Anonymized.', reject: 'The request was rejected.' };

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
      <Actions metadata={metadata} actions={actions} runAction={runAction} busy={busy} />
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
  metadata: AnonymizationStored;
}

type Step = 'none' | 'confirm' | 'reject';

function Actions({ metadata, actions, runAction, busy }: ActionsProps) {
  const ids = useId();
  const [step, setStep] = useState<Step>('none');
  const act = useAction(runAction);
  const anonymizeButton = useRef<HTMLButtonElement>(null);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const cancelConfirm = useRef<HTMLButtonElement>(null);
  const successNote = useRef<HTMLParagraphElement>(null);
  const find = (key: ActionKey) => actions.find((action) => action.key === key) ?? null;
  const [refresh, anonymize, reject] = [find('refreshPreview'), find('anonymize'), find('reject')];
  // One sentence per distinct reason (e.g. "Ticket #4 is closed; reopen it first." for all three).
  const why = useNotAllowed([refresh, anonymize, reject]);

  useEffect(() => {
    if (step === 'confirm') cancelConfirm.current?.focus();
  }, [step]);
  // The confirmation or the form that had focus is gone after a success: keep the keyboard here.
  // Checked again when the step changes, because the dialog may close in a later render than the one
  // that shows the success (its button still has focus then).
  useEffect(() => {
    const note = successNote.current;
    if (note && (document.activeElement === null || document.activeElement === note.ownerDocument.body)) note.focus();
  }, [act.done, step]);

  if (!refresh && !anonymize && !reject) return null;

  const close = (focus: RefObject<HTMLButtonElement | null>) => {
    setStep('none');
    act.clear();
    focus.current?.focus();
  };
  const toggle = (next: Step) => {
    act.clear();
    setStep(step === next ? 'none' : next);
  };
  const onConfirm = async () => {
    if ((await act.run('anonymize')) === null) setStep('none');
  };
  const fields = metadata.preview.entries.length;
  const inProfileScope = metadata.scope === 'account_and_profile' && metadata.personId !== null;

  return (
    <section className="tk-section" aria-label="Actions">
      <div className="tk-row">
        {refresh && <ActionButton action={refresh} run={act} busy={busy} why={why} pending="Refreshing…" label="Refresh preview" />}
        {anonymize && (
          <ActionButton ref={anonymizeButton} action={anonymize} run={act} busy={busy} why={why} label="Anonymize…" primary onClick={() => toggle('confirm')} expanded={step === 'confirm'} />
        )}
        {reject && <ActionButton ref={rejectButton} action={reject} run={act} busy={busy} why={why} label="Reject…" onClick={() => toggle('reject')} expanded={step === 'reject'} />}
      </div>
      <NotAllowed reasons={why} />
      {refresh?.allowed && step === 'none' && <p className="tk-muted">Refresh the preview when the account or profile may have changed since it was read.</p>}
      <FormRefusal refusal={act.refusal?.key === 'refreshPreview' ? act.refusal : null} />
      {act.done && (
        <p ref={successNote} className="tk-muted" role="status" tabIndex={-1}>
          {DONE[act.done as ActionKey]}
        </p>
      )}

      {step === 'confirm' && anonymize && (
        <div
          className="tk-notice tk-notice-warning tk-form"
          role="alertdialog"
          aria-modal="false"
          aria-labelledby={`${ids}-confirm-title`}
          aria-describedby={`${ids}-confirm-text`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close(anonymizeButton);
            }
          }}
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
          <FormRefusal refusal={act.refusal?.key === 'anonymize' ? act.refusal : null} />
          <div className="tk-row">
            <ActionButton action={anonymize} run={act} busy={busy} pending="Anonymizing…" label="Yes, anonymize" className="tk-anon-danger" onClick={() => void onConfirm()} />
            <button ref={cancelConfirm} type="button" className="tk-button" disabled={act.pending === 'anonymize'} onClick={() => close(anonymizeButton)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      {step === 'reject' && reject && (
        <RejectForm
          action={reject}
          run={act}
          busy={busy}
          what="request"
          help="The requester reads it. Rejecting closes the ticket; nothing is anonymized."
          onDone={() => setStep('none')}
          onCancel={() => close(rejectButton)}
        />
      )}
    </section>
  );
}
