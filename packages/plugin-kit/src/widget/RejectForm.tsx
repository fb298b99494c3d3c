import { type FormEvent, useId, useRef, useState } from 'react';
import { REJECTION_REASON_MAX_LENGTH as MAX, REJECTION_REASON_MIN_LENGTH as MIN } from '../rejection-limits.js';
import { Field } from './Field.js';
import { FormRefusal } from './FormRefusal.js';
import type { Translate } from './i18n/use-messages.js';
import { type KitMessageKey, useKitMessages } from './kit-messages.js';
import { useNoReasonSentence } from './NotAllowed.js';
import { whyNotAllowed } from './not-allowed.js';
import type { ActionView } from './playground.js';
import type { ActionRun } from './use-action.js';

/**
 * What is wrong with a reason before it is sent, as `rejectionInput(what)` (the `reject` action's
 * schema) sees it: the same limits, counted after trimming. Null when nothing is.
 */
export function reasonProblem(reason: string): 'tooLong' | 'tooShort' | null {
  const length = reason.trim().length;
  if (length > MAX) return 'tooLong';
  if (length < MIN) return 'tooShort';
  return null;
}

/** `reasonProblem` in words, with the kit's messages (`t`): in English, the schema's own sentences. */
export function reasonProblemText(reason: string, what: string, t: Translate<KitMessageKey>): string | null {
  const problem = reasonProblem(reason);
  if (problem === 'tooLong') return t('reject.tooLong', { max: MAX });
  if (problem === 'tooShort') return t('reject.tooShort', { what });
  return null;
}

export interface RejectFormProps {
  /** The type's reject action as the viewer is offered it; its input is `{ reason }`. */
  action: ActionView;
  /** The view's `useAction`: the form shows what it says about this action. */
  run: ActionRun;
  busy: boolean;
  /** What is rejected, as `rejectionInput(what)` names it: "claim", "request". */
  what: string;
  /** Who reads the reason and what rejecting does; the limits are added. */
  help: string;
  /** Called once the rejection is stored. */
  onDone?(): void;
  /** Given, the form opened on demand: it takes the focus, and "Cancel" or Escape closes it. */
  onCancel?(): void;
}

/** Rejects with a reason the requester reads. The text stays when refused; a refused reason is said beside the box. */
export function RejectForm({ action, run, busy, what, help, onDone, onCancel }: RejectFormProps) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const { t } = useKitMessages();
  const noReason = useNoReasonSentence();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const refusal = run.refusal?.key === action.key ? run.refusal : null;
  const pending = run.pending === action.key;
  const waiting = busy || run.pending !== null;
  // Too long is said while typing; too short only on sending, so a reason being typed is not scolded.
  const tooLong = reason.trim().length > MAX ? reasonProblemText(reason, what, t) : null;
  const why = whyNotAllowed(action, noReason);
  const whyId = why === null ? undefined : `${id}-why`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (waiting || !action.allowed) return;
    const problem = reasonProblemText(reason, what, t);
    setChecked(problem);
    const refused = problem === null ? await run.run(action.key, { reason: reason.trim() }) : null;
    if (problem === null && refused === null) {
      setReason('');
      onDone?.();
    }
    // A reason refused, here or by the server, is fixed in the box: the keyboard goes back there.
    if (problem !== null || refused?.fieldErrors['reason']) box.current?.focus();
  };

  return (
    <form
      className="tk-form tk-composer"
      aria-label={action.title}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <Field
        wide
        label={t('reject.label')}
        help={t('reject.help', { help, min: MIN, max: MAX })}
        error={refusal?.fieldErrors['reason'] ?? checked ?? tooLong}
        describedBy={whyId}
      >
        {(control) => (
          <textarea
            {...control}
            ref={box}
            rows={3}
            value={reason}
            disabled={!action.allowed}
            autoFocus={onCancel !== undefined}
            onChange={(event) => {
              setReason(event.target.value);
              setChecked(null);
              if (refusal) run.clear();
            }}
          />
        )}
      </Field>
      <FormRefusal refusal={refusal} shownFields={['reason']} />
      <div className="tk-row">
        <button type="submit" className="tk-button" disabled={waiting || !action.allowed || reason.trim() === '' || tooLong !== null} aria-describedby={whyId} aria-busy={pending || undefined}>
          {pending ? t('reject.pending') : action.title}
        </button>
        {onCancel && (
          <button type="button" className="tk-button" disabled={pending} onClick={onCancel}>
            {t('reject.cancel')}
          </button>
        )}
      </div>
      {why !== null && (
        <p id={whyId} className="tk-muted">
          {why}
        </p>
      )}
    </form>
  );
}
