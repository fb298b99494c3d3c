import { ActionButton, type ActionView, Field, FormRefusal, NotAllowed, type PlaygroundProps, Time, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
import { type FormEvent, useState } from 'react';
import type { CompetitionResultStored } from '../competition-result-stored.js';
import { POSTING_STEPS, nextStep, stepsFor } from '../posting-steps.js';
import { useCompetitionResultMessages } from './i18n/messages.js';
import { SubmissionSummary } from './SubmissionSummary.js';

type StepState = 'done' | 'current' | 'upcoming' | 'skipped';

/**
 * The results team's posting checklist: who holds the competition, then each step in order with
 * the current one open (its button, or why it cannot be done), steps that do not apply marked
 * skipped, and an abort with a reason the Delegates read.
 */
export function PostingChecklist({ metadata, actions, runAction, busy, ticket }: PlaygroundProps<CompetitionResultStored>) {
  const { t, rich } = useCompetitionResultMessages();
  const act = useAction(runAction);
  const find = (key: string): ActionView | undefined => actions.find((action) => action.key === key);
  const lock = find('lockForPosting');
  const takeOver = find('takeOver');
  const applicable = stepsFor(metadata).map((step) => step.key);
  const next = ticket.state === 'open' && metadata.lock !== null ? nextStep(metadata) : null;
  const current = next ? find(next.key) : undefined;
  const why = useNotAllowed([current]);

  const stateOf = (key: (typeof POSTING_STEPS)[number]['key']): StepState => {
    if (metadata.done.includes(key)) return 'done';
    if (!applicable.includes(key)) return 'skipped';
    return next?.key === key ? 'current' : 'upcoming';
  };

  return (
    <div className="tk-form">
      <SubmissionSummary metadata={metadata} />
      <section aria-label={t('holder.label')} className="tk-row">
        {metadata.lock ? (
          <p>{rich('holder.holds', { name: <span className="tk-strong">{metadata.lock.name}</span>, competition: metadata.competitionName, since: <Time at={metadata.lock.since} /> })}</p>
        ) : (
          <p>{ticket.state === 'open' ? t('holder.nobodyYet') : t('holder.nobody')}</p>
        )}
        {lock?.allowed && <ActionButton action={lock} run={act} busy={busy} primary pending={t('lock.pending')} />}
        {takeOver?.allowed && <ActionButton action={takeOver} run={act} busy={busy} pending={t('takeOver.pending')} />}
      </section>
      <ol className="tk-steps" aria-label={t('steps.label')}>
        {POSTING_STEPS.map((step) => {
          const state = stateOf(step.key);
          const action = find(step.key);
          return (
            <li key={step.key} aria-current={state === 'current' ? 'step' : undefined} data-state={state}>
              <span className={state === 'current' ? 'tk-strong' : state === 'skipped' ? 'tk-muted' : undefined}>{t(`step.${step.key}`)}</span>
              <span className="tk-muted"> · {t(`state.${state}`)}</span>
              {state === 'current' && action && (
                <div className="tk-row">
                  {action.description && <p className="tk-muted">{action.description}</p>}
                  <ActionButton action={action} run={act} busy={busy} primary why={why} pending={t('steps.pending')} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <NotAllowed reasons={why} />
      <FormRefusal refusal={act.refusal?.key === 'abort' ? null : act.refusal} shownFields={[]} />
      {metadata.wcaIds.length > 0 && <p>{t('wcaIds.created', { ids: metadata.wcaIds.join(', ') })}</p>}
      <AbortForm action={find('abort')} run={act} busy={busy} />
    </div>
  );
}

const ABORT_MIN = 10;

/** Stops posting with a reason the Delegates read; offered while the ticket is open. */
function AbortForm({ action, run, busy }: { action: ActionView | undefined; run: ReturnType<typeof useAction>; busy: boolean }) {
  const { t } = useCompetitionResultMessages();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!action?.allowed) return null;
  if (!open) {
    return (
      <div className="tk-row">
        <button type="button" className="tk-button tk-danger" disabled={busy || run.pending !== null} onClick={() => setOpen(true)}>
          {t('abort.open')}
        </button>
      </div>
    );
  }
  const tooShort = reason.trim().length < ABORT_MIN;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (tooShort) return;
    if ((await run.run('abort', { reason: reason.trim() })) === null) {
      setReason('');
      setOpen(false);
    }
  }
  return (
    <form className="tk-form" aria-label={t('abort.label')} noValidate onSubmit={(event) => void onSubmit(event)}>
      <Field wide label={t('abort.reason')} error={run.refusal?.key === 'abort' ? run.refusal.fieldErrors['reason'] : undefined}>
        {(control) => <textarea {...control} rows={3} value={reason} disabled={busy} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <FormRefusal refusal={run.refusal?.key === 'abort' ? run.refusal : null} shownFields={['reason']} />
      <div className="tk-row">
        <button type="submit" className="tk-button tk-danger" disabled={busy || tooShort || run.pending !== null} aria-busy={run.pending === 'abort' || undefined}>
          {run.pending === 'abort' ? t('abort.pending') : t('abort.submit')}
        </button>
        <button type="button" className="tk-button" onClick={() => setOpen(false)}>
          {t('abort.cancel')}
        </button>
      </div>
    </form>
  );
}
