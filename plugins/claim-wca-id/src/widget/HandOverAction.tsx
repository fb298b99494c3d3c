import { type ActionRun, type ActionView, Field, FormRefusal, type NotAllowedReasons } from '@tickets/plugin-kit/widget';
import { type FormEvent, useState } from 'react';
import { useClaimMessages } from './i18n/messages.js';

export interface HandOverActionProps {
  action: ActionView;
  run: ActionRun;
  busy: boolean;
  /** Why it is refused, said below the decisions. */
  why: NotAllowedReasons;
}

/** The user id typed in the box, or null when it is none. */
export function parseUserId(text: string): number | null {
  const trimmed = text.trim();
  const id = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(id) || id <= 0) return null;
  return id;
}

/**
 * "Hand over to another Delegate", by user id: the API cannot search the directory by name yet.
 * Sends `handOver { delegateUserId }`; the server checks the person is a Delegate.
 */
export function HandOverAction({ action, run, busy, why }: HandOverActionProps) {
  const { t } = useClaimMessages();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const refusal = run.refusal?.key === action.key ? run.refusal : null;
  const sending = run.pending === action.key;
  const disabled = !action.allowed || busy || run.pending !== null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    const delegateUserId = parseUserId(text);
    setChecked(delegateUserId === null ? t('handOver.badId') : null);
    if (delegateUserId !== null && (await run.run(action.key, { delegateUserId })) === null) setText('');
  };

  return (
    <form className="tk-form" aria-label={action.title} onSubmit={(event) => void submit(event)} noValidate>
      <Field
        label={t('handOver.userId')}
        error={checked ?? refusal?.fieldErrors['delegateUserId']}
        help={t('handOver.help')}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={text}
            disabled={!action.allowed}
            onChange={(event) => {
              setText(event.target.value);
              setChecked(null);
              if (refusal) run.clear();
            }}
          />
        )}
      </Field>
      <button type="submit" className="tk-button" disabled={disabled || text.trim() === ''} aria-describedby={why.idOf(action.key)} aria-busy={sending || undefined}>
        {sending ? t('handOver.pending') : action.title}
      </button>
      <FormRefusal refusal={refusal} shownFields={['delegateUserId']} />
    </form>
  );
}
