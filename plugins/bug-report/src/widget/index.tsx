// The browser half of the bug-report type: its playground, registered with the widgets as
// `@tickets/plugin-bug-report/widget`. Only React and the kit's widget half reach the browser from here.
import { ActionButton, definePlayground, Field, FormRefusal, NotAllowed, type PlaygroundProps, useAction, useNotAllowed, WebLink } from '@tickets/plugin-kit/widget';
import { useState } from 'react';
import type { BugReportStored } from '../index.js';
import { bugReportMessages, useBugReportMessages } from './i18n/messages.js';

/** The team's actions in the order a bug goes through them, with what the form says while and after each runs. */
const STEPS = [
  { key: 'confirm', pending: 'confirm.pending', done: 'confirm.done' },
  { key: 'markFixed', pending: 'markFixed.pending', done: 'markFixed.done' },
] as const;

/** What was reported — the page and what happens there — and the team's note, as plain text. */
function ReportDetails({ metadata }: { metadata: BugReportStored }) {
  const { t } = useBugReportMessages();
  return (
    <>
      <h3 className="tk-section-title">{t('report.heading')}</h3>
      <dl>
        <dt className="tk-strong">{t('report.page')}</dt>
        <dd>
          <WebLink address={metadata.page} />
        </dd>
        <dt className="tk-strong">{t('report.whatHappens')}</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{metadata.description}</dd>
        <dt className="tk-strong">{t('report.note')}</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{metadata.note ?? <span className="tk-muted">{t('report.noNote')}</span>}</dd>
      </dl>
    </>
  );
}

/**
 * WST's view of a bug report: the report, and a form to confirm the bug or mark it fixed with an
 * optional note sent along. A button not allowed is greyed out with the reason.
 */
export function BugReportReview({ ticket, metadata, actions, runAction, busy }: PlaygroundProps<BugReportStored>) {
  const { t } = useBugReportMessages();
  const [note, setNote] = useState('');
  const act = useAction(runAction);
  const steps = STEPS.flatMap((step) => actions.filter((action) => action.key === step.key).map((action) => ({ ...step, action })));
  const why = useNotAllowed(steps.map((step) => step.action));
  // The lifecycle's next move is the primary button: confirm a bug that is only reported, then fix it.
  const next = ticket.status.category === 'triage' ? 'confirm' : 'markFixed';
  const done = STEPS.find((step) => step.key === act.done);

  const run = async (key: string) => {
    const text = note.trim();
    // An empty note keeps the one stored (the effects keep it when none is sent).
    if ((await act.run(key, text === '' ? {} : { note: text })) === null) setNote('');
  };

  return (
    <div className="tk-form">
      <ReportDetails metadata={metadata} />
      {steps.length > 0 && (
        <form className="tk-form" aria-label={t('form.label')} noValidate onSubmit={(event) => event.preventDefault()}>
          <Field
            wide
            label={t('form.note')}
            help={t('form.noteHelp', { hasNote: String(metadata.note !== null) })}
            error={act.refusal?.fieldErrors['note']}
          >
            {(control) => (
              <textarea {...control} rows={3} value={note} disabled={busy || act.pending !== null || steps.every((step) => !step.action.allowed)} onChange={(event) => setNote(event.target.value)} />
            )}
          </Field>
          <div className="tk-row">
            {steps.map(({ key, pending, action }) => (
              <ActionButton key={key} action={action} run={act} busy={busy} pending={t(pending)} why={why} primary={key === next} onClick={() => void run(key)} />
            ))}
          </div>
          <NotAllowed reasons={why} />
          <FormRefusal refusal={act.refusal} shownFields={['note']} />
        </form>
      )}
      {done && (
        <p className="tk-muted" role="status">
          {t(done.done)}
        </p>
      )}
    </div>
  );
}

/** The requester's view: the report, read-only; only the team moves a bug report on. */
export function BugReportSummary({ metadata }: PlaygroundProps<BugReportStored>) {
  return (
    <div className="tk-form">
      <ReportDetails metadata={metadata} />
    </div>
  );
}

/** WST (the actioners) confirm and fix here; the requester sees what they reported, read-only. */
export const playground = definePlayground<BugReportStored>({ type: 'bug-report', views: { actioner: BugReportReview, requester: BugReportSummary }, messages: bugReportMessages });

export default playground;
