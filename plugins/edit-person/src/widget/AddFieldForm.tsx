import type { ActionView, PlaygroundProps } from '@tickets/plugin-kit/widget';
import { type FormEvent, useId, useState } from 'react';
import type { PersonFieldName } from '../person-fields.js';
import { FIELD_TITLES } from './field-display.js';
import { FieldValueInput } from './FieldValueInput.js';
import { formMessage, refusal, useAction } from './use-action.js';

export interface AddFieldFormProps {
  /** The fields not yet part of the request. */
  available: readonly PersonFieldName[];
  action: ActionView;
  runAction: PlaygroundProps['runAction'];
  busy: boolean;
}

/** Asks for one more field; the server reads its current value from the profile. */
export function AddFieldForm({ available, action, runAction, busy }: AddFieldFormProps) {
  const id = useId();
  const [chosen, setChosen] = useState<PersonFieldName | ''>('');
  const [value, setValue] = useState('');
  const add = useAction(runAction, 'addField');
  // A field added meanwhile (by this form or someone else) is no longer a choice.
  const field = chosen !== '' && available.includes(chosen) ? chosen : (available[0] ?? null);
  const refused = refusal(action);
  if (field === null) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await add.run({ field, newValue: value })) === null) {
      setChosen('');
      setValue('');
    }
  };
  const message = formMessage(add.refused, ['field', 'newValue']);
  const disabled = busy || add.pending || !action.allowed;

  return (
    <form className="tk-form" aria-label="Add a field" onSubmit={(event) => void submit(event)}>
      <fieldset className="tk-fieldset" disabled={!action.allowed} aria-describedby={refused ? `${id}-reason` : undefined}>
        <legend>Add a field</legend>
        <div className="tk-field">
          <label htmlFor={`${id}-field`}>Field</label>
          <select
            id={`${id}-field`}
            value={field}
            aria-invalid={add.refused?.fieldErrors['field'] ? true : undefined}
            aria-describedby={add.refused?.fieldErrors['field'] ? `${id}-field-error` : undefined}
            onChange={(event) => {
              setChosen(event.target.value as PersonFieldName);
              setValue('');
              add.clear();
            }}
          >
            {available.map((name) => (
              <option key={name} value={name}>
                {FIELD_TITLES[name]}
              </option>
            ))}
          </select>
          {add.refused?.fieldErrors['field'] && (
            <span id={`${id}-field-error`} className="tk-error">
              {add.refused.fieldErrors['field']}
            </span>
          )}
        </div>
        <div className="tk-field">
          <label htmlFor={`${id}-value`}>New {FIELD_TITLES[field].toLowerCase()}</label>
          <FieldValueInput id={`${id}-value`} field={field} value={value} onChange={setValue} error={add.refused?.fieldErrors['newValue']} disabled={add.pending} />
        </div>
      </fieldset>
      {refused && (
        <p id={`${id}-reason`} className="tk-muted">
          {refused}
        </p>
      )}
      {message && (
        <p className="tk-error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="tk-button" disabled={disabled || value.trim() === ''} aria-busy={add.pending || undefined}>
        {add.pending ? 'Adding…' : 'Add field'}
      </button>
    </form>
  );
}
