import type { ActionView, PlaygroundProps } from '@tickets/plugin-kit/widget';
import { useId, useState } from 'react';
import type { BugReportStored } from '../index.js';
import { actionReasons } from './action-reasons.js';
import { type ActionRefusal, actionRefusal } from './action-refusal.js';
import { ReportDetails } from './ReportDetails.js';

/** The team's actions in the order a bug goes through them, with what the form says while and after each runs. */
const STEPS = [
  { key: 'confirm', pending: 'Confirming…', done: 'Confirmed the bug.' },
  { key: 'markFixed', pending: 'Marking as fixed…', done: 'Marked the bug as fixed.' },
] as const;

type Step = (typeof STEPS)[number] & { readonly action: ActionView };

/**
 * WST's view of a bug report: the page, what happens there and the note, and a form to confirm the
 * bug or mark it fixed, with an optional note sent along. Each button is greyed out with the reason
 * when its action is not allowed; the server's refusal is shown next to the form.
 */
export function BugReportReview({ ticket, metadata, actions, runAction, busy }: PlaygroundProps<BugReportStored>) {
  const id = useId();
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<Step['key'] | null>(null);
  const [refusal, setRefusal] = useState<ActionRefusal | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const steps: Step[] = STEPS.flatMap((step) => {
    const action = actions.find((candidate) => candidate.key === step.key);
    return action ? [{ ...step, action }] : [];
  });
  const { idOf, reasons } = actionReasons(`${id}-reason`, steps.map((step) => step.action));
  const working = busy || pending !== null;
  const noneAllowed = steps.every((step) => !step.action.allowed);
  // The lifecycle's next move is the primary button: confirm a bug that is only reported, then fix it.
  const next: Step['key'] = ticket.status.category === 'triage' ? 'confirm' : 'markFixed';

  async function run(step: Step) {
    if (working || !step.action.allowed) return;
    setPending(step.key);
    setRefusal(null);
    setDone(null);
    const text = note.trim();
    try {
      // An empty note keeps the one stored (the effects keep it when none is sent).
      await runAction(step.key, text === '' ? {} : { note: text });
      setNote('');
      setDone(step.done);
    } catch (error) {
      setRefusal(actionRefusal(error));
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="tk-form">
      <ReportDetails metadata={metadata} />
      {steps.length > 0 && (
        <form className="tk-form" aria-label="Confirm or fix the bug" noValidate onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={`${id}-note`} className="tk-strong">
            Note (optional)
          </label>
          <textarea
            id={`${id}-note`}
            rows={3}
            value={note}
            disabled={working || noneAllowed}
            aria-describedby={refusal?.aboutNote ? `${id}-note-help ${id}-note-error` : `${id}-note-help`}
            aria-invalid={refusal?.aboutNote || undefined}
            onChange={(event) => setNote(event.target.value)}
          />
          <p id={`${id}-note-help`} className="tk-muted">
            Kept with the report and shown to everyone on the ticket, the reporter too.
            {metadata.note !== null && ' Leave it empty to keep the current note.'}
          </p>
          {refusal?.aboutNote && (
            <p id={`${id}-note-error`} className="tk-error" role="alert">
              {refusal.message}
            </p>
          )}
          <div className="tk-row">
            {steps.map((step) => (
              <button
                key={step.key}
                type="button"
                className={step.key === next ? 'tk-button tk-primary' : 'tk-button'}
                disabled={working || !step.action.allowed}
                aria-describedby={idOf.get(step.key)}
                aria-busy={pending === step.key || undefined}
                onClick={() => void run(step)}
              >
                {pending === step.key ? step.pending : step.action.title}
              </button>
            ))}
          </div>
          {reasons.map((reason) => (
            <p key={reason.id} id={reason.id} className="tk-muted">
              {reason.text}
            </p>
          ))}
          {refusal && !refusal.aboutNote && (
            <p className="tk-error" role="alert">
              {refusal.message}
            </p>
          )}
        </form>
      )}
      {done && (
        <p className="tk-muted" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
