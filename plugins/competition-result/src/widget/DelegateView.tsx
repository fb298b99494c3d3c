import { Field, FormRefusal, NotAllowed, type PlaygroundProps, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
import { type FormEvent, useState } from 'react';
import type { CompetitionResultStored } from '../competition-result-stored.js';
import { nextStep, stepsFor } from '../posting-steps.js';
import { useCompetitionResultMessages } from './i18n/messages.js';
import { SubmissionSummary } from './SubmissionSummary.js';

/**
 * The Delegates' view: what they submitted, how far posting got, who holds it, and after an abort
 * the reason and a form to submit corrected results.
 */
export function DelegateView({ metadata, actions, runAction, busy, ticket }: PlaygroundProps<CompetitionResultStored>) {
  const { t, locale } = useCompetitionResultMessages();
  const act = useAction(runAction);
  const resubmit = actions.find((action) => action.key === 'resubmit');
  const why = useNotAllowed([resubmit]);
  const steps = stepsFor(metadata);
  const next = nextStep(metadata);
  const aborted = metadata.abortReason !== null;
  return (
    <div className="tk-form">
      <SubmissionSummary metadata={metadata} />
      {ticket.state === 'open' && (
        <p role="status">
          {metadata.lock
            ? t('delegate.posting', {
                name: metadata.lock.name,
                done: metadata.done.length,
                total: steps.length,
                hasNext: String(next !== null),
                next: next ? t(`step.${next.key}`).toLocaleLowerCase(locale) : '',
              })
            : t('delegate.waiting', { done: metadata.done.length, total: steps.length })}
        </p>
      )}
      {aborted && (
        <p className="tk-notice">
          <span className="tk-strong">{t('delegate.aborted')} </span>
          {metadata.abortReason}
        </p>
      )}
      {aborted && resubmit && <ResubmitForm runAction={act} busy={busy} allowed={resubmit.allowed} describedBy={why.idOf('resubmit')} initial={metadata} />}
      <NotAllowed reasons={why} />
    </div>
  );
}

function ResubmitForm({ runAction, busy, allowed, describedBy, initial }: { runAction: ReturnType<typeof useAction>; busy: boolean; allowed: boolean; describedBy: string | undefined; initial: CompetitionResultStored }) {
  const { t } = useCompetitionResultMessages();
  const [results, setResults] = useState(String(initial.results));
  const [scrambles, setScrambles] = useState(String(initial.scrambles));
  const [newcomers, setNewcomers] = useState(initial.newcomers.join('\n'));
  const [note, setNote] = useState('');
  const disabled = busy || !allowed || runAction.pending !== null;
  const errors = runAction.refusal?.fieldErrors ?? {};
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (disabled) return;
    await runAction.run('resubmit', {
      results: Number(results),
      scrambles: Number(scrambles),
      newcomers: newcomers.split('\n').map((name) => name.trim()).filter((name) => name !== ''),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    });
  }
  return (
    <form className="tk-form" aria-label={t('resubmit.label')} noValidate onSubmit={(event) => void onSubmit(event)}>
      <Field label={t('resubmit.results')} error={errors['results']} describedBy={describedBy}>
        {(control) => <input {...control} inputMode="numeric" value={results} disabled={disabled} onChange={(event) => setResults(event.target.value)} />}
      </Field>
      <Field label={t('resubmit.scrambles')} error={errors['scrambles']} describedBy={describedBy}>
        {(control) => <input {...control} inputMode="numeric" value={scrambles} disabled={disabled} onChange={(event) => setScrambles(event.target.value)} />}
      </Field>
      <Field wide label={t('resubmit.newcomers')} error={errors['newcomers']} describedBy={describedBy}>
        {(control) => <textarea {...control} rows={3} value={newcomers} disabled={disabled} onChange={(event) => setNewcomers(event.target.value)} />}
      </Field>
      <Field wide label={t('resubmit.note')} error={errors['note']} describedBy={describedBy}>
        {(control) => <textarea {...control} rows={2} value={note} disabled={disabled} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <FormRefusal refusal={runAction.refusal} shownFields={['results', 'scrambles', 'newcomers', 'note']} />
      <div className="tk-row">
        <button type="submit" className="tk-button tk-primary" disabled={disabled} aria-describedby={describedBy} aria-busy={runAction.pending !== null || undefined}>
          {runAction.pending === 'resubmit' ? t('resubmit.pending') : t('resubmit.submit')}
        </button>
      </div>
    </form>
  );
}
