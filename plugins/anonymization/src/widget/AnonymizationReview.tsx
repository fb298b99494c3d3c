import { ActionButton, FormRefusal, NotAllowed, type PlaygroundProps, RejectForm, Time, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { anonymizationActions } from '../actions.js';
import type { AnonymizationStored } from '../anonymization-stored.js';
import { useAnonymizationMessages } from './i18n/messages.js';
import { PreviewTable } from './PreviewTable.js';

type ActionKey = keyof typeof anonymizationActions;

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
  const { t } = useAnonymizationMessages();
  const inProfileScope = metadata.scope === 'account_and_profile';

  return (
    <div className="tk-anonymization" aria-labelledby={headingId} role="group">
      <style>{STYLES}</style>
      <h3 id={headingId} className="tk-section-title">
        {t('heading', { scope: metadata.scope })}
      </h3>
      <Outcome metadata={metadata} open={ticket.state === 'open'} />
      <dl className="tk-anon-details">
        <dt>{t('details.scope')}</dt>
        <dd>{t('details.scopeValue', { scope: metadata.scope })}</dd>
        <dt>{t('details.account')}</dt>
        <dd>{t('details.accountValue', { id: String(metadata.userId) })}</dd>
        <dt>{t('details.profile')}</dt>
        <dd>
          {metadata.personId === null
            ? t('details.profileNone')
            : t(inProfileScope ? 'details.profileValue' : 'details.profileOutOfScope', { id: String(metadata.personId) })}
        </dd>
        {metadata.reason && (
          <>
            <dt>{t('details.reason')}</dt>
            <dd>{metadata.reason}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby={previewHeadingId}>
        <h4 id={previewHeadingId} className="tk-subtitle">
          {t('preview.heading')}
        </h4>
        {inProfileScope && metadata.personId === null && <p className="tk-muted">{t('preview.noProfile')}</p>}
        <PreviewTable preview={metadata.preview} />
      </section>
      <Actions metadata={metadata} actions={actions} runAction={runAction} busy={busy} />
    </div>
  );
}

/** Done (and when), or rejected (and why). */
function Outcome({ metadata, open }: { metadata: AnonymizationStored; open: boolean }) {
  const { t, rich } = useAnonymizationMessages();
  if (metadata.anonymizedAt !== null) {
    return (
      <div className="tk-notice tk-anon-done">
        <p>
          {rich('outcome.anonymizedOn', { label: <strong>{t('outcome.anonymizedLabel')}</strong>, time: <Time at={metadata.anonymizedAt} /> })}{' '}
          {open ? t('outcome.reopened') : t('outcome.closed')}
        </p>
      </div>
    );
  }
  if (metadata.rejectionReason !== null) {
    return (
      <div className="tk-notice tk-notice-warning">
        <p>{rich('outcome.rejected', { label: <strong>{t('outcome.rejectedLabel')}</strong>, reopened: String(open), reason: metadata.rejectionReason })}</p>
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
  const { t, rich } = useAnonymizationMessages();
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
    <section className="tk-section" aria-label={t('actions.label')}>
      <div className="tk-row">
        {refresh && <ActionButton action={refresh} run={act} busy={busy} why={why} pending={t('refresh.pending')} label={t('refresh.label')} />}
        {anonymize && (
          <ActionButton ref={anonymizeButton} action={anonymize} run={act} busy={busy} why={why} label={t('anonymize.label')} primary onClick={() => toggle('confirm')} expanded={step === 'confirm'} />
        )}
        {reject && <ActionButton ref={rejectButton} action={reject} run={act} busy={busy} why={why} label={t('reject.label')} onClick={() => toggle('reject')} expanded={step === 'reject'} />}
      </div>
      <NotAllowed reasons={why} />
      {refresh?.allowed && step === 'none' && <p className="tk-muted">{t('refresh.hint')}</p>}
      <FormRefusal refusal={act.refusal?.key === 'refreshPreview' ? act.refusal : null} />
      {act.done && (
        <p ref={successNote} className="tk-muted" role="status" tabIndex={-1}>
          {t(`done.${act.done as ActionKey}`)}
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
            {t('confirm.title', { inProfile: String(inProfileScope) })}
          </p>
          <p id={`${ids}-confirm-text`}>
            {fields === 0
              ? t('confirm.nothing')
              : t('confirm.fields', { fields, userId: String(metadata.userId), inProfile: String(inProfileScope), personId: String(metadata.personId) })}{' '}
            <strong>{t('confirm.cannotUndo')}</strong> {rich('confirm.previewAge', { time: <Time at={metadata.preview.takenAt} /> })}
          </p>
          <FormRefusal refusal={act.refusal?.key === 'anonymize' ? act.refusal : null} />
          <div className="tk-row">
            <ActionButton action={anonymize} run={act} busy={busy} pending={t('confirm.pending')} label={t('confirm.yes')} className="tk-anon-danger" onClick={() => void onConfirm()} />
            <button ref={cancelConfirm} type="button" className="tk-button" disabled={act.pending === 'anonymize'} onClick={() => close(anonymizeButton)}>
              {t('confirm.cancel')}
            </button>
          </div>
        </div>
      )}

      {step === 'reject' && reject && (
        <RejectForm
          action={reject}
          run={act}
          busy={busy}
          what={t('reject.what')}
          help={t('reject.help')}
          onDone={() => setStep('none')}
          onCancel={() => close(rejectButton)}
        />
      )}
    </section>
  );
}
