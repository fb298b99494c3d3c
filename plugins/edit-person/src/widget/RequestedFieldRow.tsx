import { type ActionView, Field, FormRefusal, type NotAllowedReasons, type PlaygroundProps, useAction } from '@tickets/plugin-kit/widget';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import type { RequestedField } from '../edit-person-stored.js';
import { displayValue, fieldHint, fieldTitle } from './field-display.js';
import { useEditPersonMessages } from './i18n/messages.js';
import { FieldValueInput } from './FieldValueInput.js';

export interface RequestedFieldRowProps {
  requested: RequestedField;
  editField: ActionView;
  dropField: ActionView;
  /** Why editing / dropping is refused, said once below the table. */
  why: NotAllowedReasons;
  runAction: PlaygroundProps['runAction'];
  busy: boolean;
}

/** One requested field beside the profile's value, with "Edit" (in place; Escape cancels) and "Drop". */
export function RequestedFieldRow({ requested, editField, dropField, why, runAction, busy }: RequestedFieldRowProps) {
  const { field, oldValue, newValue } = requested;
  const { t, locale } = useEditPersonMessages();
  const title = fieldTitle(field, t);
  const lower = title.toLocaleLowerCase(locale);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(newValue);
  const editButton = useRef<HTMLButtonElement>(null);
  const edit = useAction(runAction);
  const drop = useAction(runAction);
  const working = busy || edit.pending !== null || drop.pending !== null;

  const open = () => {
    setDraft(newValue);
    edit.clear();
    setEditing(true);
  };
  const close = () => {
    setEditing(false);
    edit.clear();
    // Back to where the keyboard was before editing.
    queueMicrotask(() => editButton.current?.focus());
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if ((await edit.run(editField.key, { field, newValue: draft })) === null) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <tr>
      <th scope="row" style={{ textAlign: 'left', verticalAlign: 'top' }}>
        {title}
      </th>
      <td style={{ verticalAlign: 'top' }} className={oldValue === null ? 'tk-muted' : undefined}>
        {displayValue(field, oldValue, t, locale)}
      </td>
      <td style={{ verticalAlign: 'top' }}>
        {editing ? (
          <form className="tk-form" aria-label={t('row.editForm', { field: lower })} onSubmit={(event) => void save(event)}>
            <Field label={t('row.newValue', { field: lower })} help={fieldHint(field, t)} error={edit.refusal?.fieldErrors['newValue']}>
              {(control) => <FieldValueInput control={control} field={field} value={draft} onChange={setDraft} disabled={edit.pending !== null} autoFocus onKeyDown={onKeyDown} />}
            </Field>
            <FormRefusal refusal={edit.refusal} shownFields={['newValue']} />
            <div className="tk-row">
              <button type="submit" className="tk-button tk-primary" disabled={working || draft.trim() === ''} aria-busy={edit.pending !== null || undefined}>
                {edit.pending === null ? t('row.save') : t('row.saving')}
              </button>
              <button type="button" className="tk-button" onClick={close} disabled={edit.pending !== null}>
                {t('row.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <>
            <span className="tk-strong">{displayValue(field, newValue, t, locale)}</span>
            {oldValue === newValue && <span className="tk-tag">{t('row.alreadyInProfile')}</span>}
          </>
        )}
        <FormRefusal refusal={drop.refusal} />
      </td>
      <td style={{ verticalAlign: 'top' }}>
        {!editing && (
          <div className="tk-row">
            <button
              ref={editButton}
              type="button"
              className="tk-button"
              aria-label={t('row.editLabel', { field: lower })}
              aria-describedby={why.idOf(editField.key)}
              disabled={working || !editField.allowed}
              onClick={open}
            >
              {t('row.edit')}
            </button>
            <button
              type="button"
              className="tk-button"
              aria-label={t('row.dropLabel', { field: lower })}
              aria-describedby={why.idOf(dropField.key)}
              disabled={working || !dropField.allowed}
              aria-busy={drop.pending !== null || undefined}
              onClick={() => void drop.run(dropField.key, { field })}
            >
              {drop.pending === null ? t('row.drop') : t('row.dropping')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
