import { type Category, CATEGORY_ORDER, LIMITS } from '@tickets/domain';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { refusalMessage, refusedField } from './status-settings-model.js';
import { SubmitRow } from './SubmitRow.js';
import { useSettingsMessages } from '../i18n/use-settings-messages.js';
import { categoryName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';

export interface StatusFormValues {
  name: string;
  color: string;
  description: string;
  category: Category;
}

export interface StatusFormProps {
  /** What the form is for, read out as its name ("Add a status to To do", "Edit 'Blocked'"). */
  label: string;
  initial: StatusFormValues;
  /** Offer a category choice (editing); adding puts the status in the section's category. */
  withCategory?: boolean;
  submitLabel: string;
  /** Sends the change; a rejection is shown in words next to the fields and the form stays open. */
  onSubmit(values: StatusFormValues): Promise<unknown>;
  onCancel(): void;
  /** Said above the buttons (e.g. that saving converts the namespace to custom statuses). */
  note?: ReactNode;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** Name, colour, description (and category when editing) of a status; Escape cancels. */
export function StatusForm({ label, initial, withCategory = false, submitLabel, onSubmit, onCancel, note }: StatusFormProps) {
  const { t } = useSettingsMessages();
  const words = useWidgetsMessages().t;
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [sending, setSending] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    nameInput.current?.focus();
  }, []);

  const set = (field: keyof StatusFormValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The colour picker always gives #rrggbb; the text beside it may not.
    if (!HEX_COLOR.test(values.color.trim())) {
      setError({ message: t('settings.form.badColor'), field: 'color' });
      return;
    }
    setSending(true);
    setError(null);
    try {
      await onSubmit({ ...values, color: values.color.trim() });
    } catch (refusal) {
      setError({ message: refusalMessage(refusal, t), field: refusedField(refusal) });
    } finally {
      setSending(false);
    }
  };
  const invalid = (field: string) => (error && (error.field === field || (field === 'name' && error.field === null)) ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});
  // Each field's attributes when the refusal is about it (a field's name is no word a person reads).
  const marked = { name: invalid('name'), color: invalid('color'), description: invalid('description'), category: invalid('category') };

  return (
    <form className="tk-form tk-status-form" aria-label={label} onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <div className="tk-fieldset">
        <div className="tk-field">
          <label htmlFor={`${id}-name`}>{t('settings.form.name')}</label>
          <input ref={nameInput} id={`${id}-name`} value={values.name} onChange={set('name')} required maxLength={LIMITS.statusNameMaxLength} autoComplete="off" {...marked.name} />
        </div>
        <div className="tk-field">
          <label htmlFor={`${id}-color`}>{t('settings.form.color')}</label>
          <span className="tk-row">
            <input id={`${id}-color`} value={values.color} onChange={set('color')} size={8} required spellCheck={false} autoComplete="off" {...marked.color} />
            <input type="color" aria-label={t('settings.form.pickColor')} value={HEX_COLOR.test(values.color) ? values.color.toLowerCase() : '#000000'} onChange={set('color')} />
          </span>
        </div>
        <div className="tk-field tk-grow">
          <label htmlFor={`${id}-description`}>{t('settings.form.description')}</label>
          <input id={`${id}-description`} value={values.description} onChange={set('description')} maxLength={LIMITS.statusDescriptionMaxLength} autoComplete="off" {...marked.description} />
        </div>
        {withCategory && (
          <div className="tk-field">
            <label htmlFor={`${id}-category`}>{t('settings.form.category')}</label>
            <select id={`${id}-category`} value={values.category} onChange={(event) => setValues({ ...values, category: event.target.value as Category })} {...marked.category}>
              {CATEGORY_ORDER.map((category) => (
                <option key={category} value={category}>
                  {categoryName(category, words)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {note}
      {error && (
        <p id={`${id}-error`} className="tk-error" role="alert">
          {error.message}
        </p>
      )}
      <SubmitRow label={submitLabel} sendingLabel={t('settings.form.saving')} sending={sending} onCancel={onCancel} />
    </form>
  );
}
