import { DomainError } from '@tickets/domain';
import { saying } from '@tickets/plugin-kit';
import { findField, type RequestedField } from '../../edit-person-stored.js';
import { capitalisedLabel, FIELD_LABELS, type PersonFieldName } from '../../person-fields.js';
import { currentValue, quoteValue } from '../profile-values.js';
import { changeLabel } from './change-label.js';
import type { EditPersonEffect } from './effect-types.js';
import { requirePerson } from './profile.js';
import { changeArgs } from './summary-values.js';

function notRequested(field: PersonFieldName): DomainError {
  return new DomainError('precondition', 'edit_person.field_not_requested', `${capitalisedLabel(field)} is not part of this request; add it instead.`, { field });
}

function requested(fields: readonly RequestedField[], field: PersonFieldName): RequestedField {
  const found = findField({ fields }, field);
  if (!found) throw notRequested(field);
  return found;
}

/** Asks for one more field; its old value is the profile's current one. */
export const addField: EditPersonEffect<'addField'> = async ({ metadata, input, directory }) => {
  const { field, newValue } = input;
  if (findField(metadata, field)) {
    throw new DomainError('precondition', 'edit_person.field_already_requested', `${capitalisedLabel(field)} is already part of this request; edit it instead.`, { field });
  }
  const oldValue = currentValue(await requirePerson(directory, metadata), field);
  if (oldValue === newValue) {
    throw new DomainError('precondition', 'edit_person.unchanged', `${capitalisedLabel(field)} is already ${quoteValue(oldValue)} in the profile; there is nothing to change.`, { field });
  }
  return {
    summary: saying('addedField', changeArgs(field, oldValue, newValue)),
    metadata: { ...metadata, fields: [...metadata.fields, { field, oldValue, newValue }] },
    changes: [{ field: `fields.${field}`, label: changeLabel(`fields.${field}`), before: null, after: newValue }],
  };
};

/** Changes the new value requested for a field. */
export const editField: EditPersonEffect<'editField'> = async ({ metadata, input }) => {
  const { field, newValue } = input;
  const before = requested(metadata.fields, field);
  if (before.newValue === newValue) {
    throw new DomainError('precondition', 'edit_person.same_value', `${quoteValue(newValue)} is already the requested ${FIELD_LABELS[field]}.`, { field });
  }
  if (before.oldValue === newValue) {
    throw new DomainError('precondition', 'edit_person.unchanged', `${quoteValue(newValue)} is the profile's current ${FIELD_LABELS[field]}; drop the field instead.`, { field });
  }
  return {
    summary: saying('editedField', changeArgs(field, before.newValue, newValue)),
    metadata: { ...metadata, fields: metadata.fields.map((f) => (f.field === field ? { ...f, newValue } : f)) },
    changes: [{ field: `fields.${field}.newValue`, label: changeLabel(`fields.${field}.newValue`), before: before.newValue, after: newValue }],
  };
};

/** Leaves a field out of the request; the last one cannot go (the request would ask for nothing). */
export const dropField: EditPersonEffect<'dropField'> = async ({ metadata, input }) => {
  const { field } = input;
  const before = requested(metadata.fields, field);
  if (metadata.fields.length === 1) {
    throw new DomainError(
      'precondition',
      'edit_person.last_field',
      `${capitalisedLabel(field)} is the only field of this request; reject the request instead of dropping it.`,
      { field },
    );
  }
  return {
    summary: saying('droppedField', { field }),
    metadata: { ...metadata, fields: metadata.fields.filter((f) => f.field !== field) },
    changes: [{ field: `fields.${field}`, label: changeLabel(`fields.${field}`), before: before.newValue, after: null }],
  };
};
