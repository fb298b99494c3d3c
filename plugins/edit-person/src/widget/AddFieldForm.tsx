import { type ActionView, Field, FormRefusal, NotAllowed, type PlaygroundProps, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
import { type FormEvent, useState } from 'react';
import type { PersonFieldName } from '../person-fields.js';
import { fieldHint, fieldTitle } from './field-display.js';
import { useEditPersonMessages } from './i18n/messages.js';
import { FieldValueInput } from './FieldValueInput.js';

export interface AddFieldFormProps {
  /** The fields not yet part of the request. */
  available: readonly PersonFieldName[];
  action: ActionView;
  runAction: PlaygroundProps['runAction'];
  busy: boolean;
}

/** Asks for one more field; the server reads its current value from the profile. */
export function AddFieldForm({ available, action, runAction, busy }: AddFieldFormProps) {
  const { t, locale } = useEditPersonMessages();
  const [chosen, setChosen] = useState<PersonFieldName | ''>('');
  const [value, setValue] = useState('');
  const add = useAction(runAction);
  const why = useNotAllowed([action]);
  // A field added meanwhile (by this form or someone else) is no longer a choice.
  const field = chosen !== '' && available.includes(chosen) ? chosen : (available[0] ?? null);
  if (field === null) return null;
  const refused = add.refusal?.fieldErrors ?? {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await add.run(action.key, { field, newValue: value })) === null) {
      setChosen('');
      setValue('');
    }
  };

  return (
    <form className="tk-form" aria-label={t('add.label')} onSubmit={(event) => void submit(event)}>
      <fieldset className="tk-fieldset" disabled={!action.allowed} aria-describedby={why.idOf(action.key)}>
        <legend>{t('add.label')}</legend>
        <Field label={t('add.field')} error={refused['field']}>
          {(control) => (
            <select
              {...control}
              value={field}
              onChange={(event) => {
                setChosen(event.target.value as PersonFieldName);
                setValue('');
                add.clear();
              }}
            >
              {available.map((name) => (
                <option key={name} value={name}>
                  {fieldTitle(name, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('row.newValue', { field: fieldTitle(field, t).toLocaleLowerCase(locale) })} help={fieldHint(field, t)} error={refused['newValue']}>
          {(control) => <FieldValueInput control={control} field={field} value={value} onChange={setValue} disabled={add.pending !== null} />}
        </Field>
      </fieldset>
      <NotAllowed reasons={why} />
      <FormRefusal refusal={add.refusal} shownFields={['field', 'newValue']} />
      <button type="submit" className="tk-button" disabled={busy || add.pending !== null || !action.allowed || value.trim() === ''} aria-busy={add.pending !== null || undefined}>
        {add.pending === null ? t('add.submit') : t('add.pending')}
      </button>
    </form>
  );
}
