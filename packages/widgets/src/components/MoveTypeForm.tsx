import { useId, useState } from 'react';
import type { ActingAsChoice } from '../api/types.js';
import { SubmitRow } from './SubmitRow.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';

type MoveTarget = ActingAsChoice['moveTargets'][number];

/** Why a move was refused: the sentence, and each answer's own problem by its field's key. */
export interface MoveRefusal {
  readonly message: string;
  readonly fieldErrors: Readonly<Record<string, string>>;
}

export interface MoveTypeFormProps {
  /** The types the viewer may move the ticket to as the stakeholder they act as. */
  targets: readonly MoveTarget[];
  /** Moves it; resolves once stored, rejects with the refusal to show. */
  onMove(type: string, given: Record<string, string>): Promise<void>;
  busy: boolean;
}

/**
 * "Move to another type…": for the people working on a ticket that turns out to be another kind of
 * request (a contact message that is a profile correction). Asks what the new type needs and keeps
 * the answers when the server refuses them, saying why beside each.
 */
export function MoveTypeForm({ targets, onMove, busy }: MoveTypeFormProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState(targets[0]?.type ?? '');
  const [given, setGiven] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<MoveRefusal | null>(null);
  const { t } = useTicketMessages();
  if (targets.length === 0) return null;
  const target = targets.find((candidate) => candidate.type === type) ?? targets[0]!;

  if (!open) {
    return (
      <button type="button" className="tk-button" part="button" aria-expanded={false} disabled={busy} onClick={() => setOpen(true)}>
        {t('move.open')}
      </button>
    );
  }

  const shown = new Set(target.fields.map((field) => field.key));
  const unplaced = refusal && Object.keys(refusal.fieldErrors).every((key) => shown.has(key)) && Object.keys(refusal.fieldErrors).length > 0 ? null : refusal?.message;

  async function submit() {
    setSending(true);
    setRefusal(null);
    try {
      await onMove(target.type, Object.fromEntries(target.fields.map((field) => [field.key, (given[field.key] ?? (field.choices?.[0]?.value ?? '')).trim()])));
      setOpen(false);
      setGiven({});
    } catch (error) {
      setRefusal(error as MoveRefusal);
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      className="tk-form"
      aria-label={t('move.form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="tk-field">
        <label htmlFor={`${id}-type`}>{t('move.newType')}</label>
        <select id={`${id}-type`} value={target.type} disabled={sending} onChange={(event) => setType(event.target.value)}>
          {targets.map((candidate) => (
            <option key={candidate.type} value={candidate.type}>
              {candidate.title}
            </option>
          ))}
        </select>
      </div>
      {target.fields.map((field) => {
        const control = `${id}-${field.key}`;
        const error = refusal?.fieldErrors[field.key];
        const described = [field.hint ? `${control}-hint` : null, error ? `${control}-error` : null].filter(Boolean).join(' ') || undefined;
        const value = given[field.key] ?? (field.choices?.[0]?.value ?? '');
        const change = (next: string) => setGiven({ ...given, [field.key]: next });
        return (
          <div className="tk-field" key={field.key}>
            <label htmlFor={control}>
              {field.label}
              {field.optional ? t('move.optional') : ''}
            </label>
            {field.choices ? (
              <select id={control} value={value} disabled={sending} aria-describedby={described} aria-invalid={error ? true : undefined} onChange={(event) => change(event.target.value)}>
                {field.choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            ) : (
              <input id={control} value={value} disabled={sending} aria-describedby={described} aria-invalid={error ? true : undefined} onChange={(event) => change(event.target.value)} />
            )}
            {field.hint && (
              <p className="tk-muted" id={`${control}-hint`}>
                {field.hint}
              </p>
            )}
            {error && (
              <p className="tk-error" id={`${control}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      {unplaced && (
        <p className="tk-error" role="alert">
          {unplaced}
        </p>
      )}
      <SubmitRow label={t('move.submit')} sendingLabel={t('move.sending')} sending={sending} disabled={busy} onCancel={() => setOpen(false)} />
    </form>
  );
}
