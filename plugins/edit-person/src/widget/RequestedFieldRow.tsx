import type { ActionView, PlaygroundProps } from '@tickets/plugin-kit/widget';
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import type { RequestedField } from '../edit-person-stored.js';
import { displayValue, FIELD_TITLES } from './field-display.js';
import { FieldValueInput } from './FieldValueInput.js';
import { formMessage, useAction } from './use-action.js';

export interface RequestedFieldRowProps {
  requested: RequestedField;
  editField: ActionView;
  dropField: ActionView;
  /** Ids of the sentences saying why editing / dropping is refused (shown once below the table). */
  editReasonId: string | undefined;
  dropReasonId: string | undefined;
  runAction: PlaygroundProps['runAction'];
  busy: boolean;
}

/** One requested field beside the profile's value, with "Edit" (in place; Escape cancels) and "Drop". */
export function RequestedFieldRow({ requested, editField, dropField, editReasonId, dropReasonId, runAction, busy }: RequestedFieldRowProps) {
  const { field, oldValue, newValue } = requested;
  const title = FIELD_TITLES[field];
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(newValue);
  const editButton = useRef<HTMLButtonElement>(null);
  const edit = useAction(runAction, 'editField');
  const drop = useAction(runAction, 'dropField');
  const working = busy || edit.pending || drop.pending;
  const alreadyThere = oldValue === newValue;

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
    if ((await edit.run({ field, newValue: draft })) === null) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const editMessage = formMessage(edit.refused, ['newValue']);
  const dropMessage = formMessage(drop.refused, []);

  return (
    <tr>
      <th scope="row" style={{ textAlign: 'left', verticalAlign: 'top' }}>
        {title}
      </th>
      <td style={{ verticalAlign: 'top' }} className={oldValue === null ? 'tk-muted' : undefined}>
        {displayValue(field, oldValue)}
      </td>
      <td style={{ verticalAlign: 'top' }}>
        {editing ? (
          <form className="tk-form" aria-label={`Edit the new ${title.toLowerCase()}`} onSubmit={(event) => void save(event)}>
            <div className="tk-field">
              <label htmlFor={`${id}-value`}>New {title.toLowerCase()}</label>
              <FieldValueInput
                id={`${id}-value`}
                field={field}
                value={draft}
                onChange={setDraft}
                error={edit.refused?.fieldErrors['newValue']}
                disabled={edit.pending}
                autoFocus
                onKeyDown={onKeyDown}
              />
            </div>
            {editMessage && (
              <p className="tk-error" role="alert">
                {editMessage}
              </p>
            )}
            <div className="tk-row">
              <button type="submit" className="tk-button tk-primary" disabled={working || draft.trim() === ''} aria-busy={edit.pending || undefined}>
                {edit.pending ? 'Saving…' : 'Save'}
              </button>
              <button type="button" className="tk-button" onClick={close} disabled={edit.pending}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <>
            <span className="tk-strong">{displayValue(field, newValue)}</span>
            {alreadyThere && <span className="tk-tag">already in the profile</span>}
          </>
        )}
        {dropMessage && (
          <p className="tk-error" role="alert">
            {dropMessage}
          </p>
        )}
      </td>
      <td style={{ verticalAlign: 'top' }}>
        {!editing && (
          <div className="tk-row">
            <button
              ref={editButton}
              type="button"
              className="tk-button"
              aria-label={`Edit ${title.toLowerCase()}`}
              aria-describedby={editReasonId}
              disabled={working || !editField.allowed}
              onClick={open}
            >
              Edit
            </button>
            <button
              type="button"
              className="tk-button"
              aria-label={`Drop ${title.toLowerCase()}`}
              aria-describedby={dropReasonId}
              disabled={working || !dropField.allowed}
              aria-busy={drop.pending || undefined}
              onClick={() => void drop.run({ field })}
            >
              {drop.pending ? 'Dropping…' : 'Drop'}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
