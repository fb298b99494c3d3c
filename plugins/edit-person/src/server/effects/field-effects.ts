import { saying } from '@tickets/plugin-kit';
import { TypeRuleError } from '@tickets/plugin-kit/server';
import { findField, type RequestedField } from '../../edit-person-stored.js';
import type { PersonFieldName } from '../../person-fields.js';
import { currentValue } from '../profile-values.js';
import { refusalOf } from '../refusals.js';
import { changeLabel } from './change-label.js';
import type { EditPersonEffect } from './effect-types.js';
import { requirePerson } from './profile.js';
import { changeArgs, valueArgs } from './summary-values.js';

function notRequested(field: PersonFieldName): TypeRuleError {
  return new TypeRuleError('precondition', 'edit_person.field_not_requested', refusalOf('notRequested', { field }), { field });
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
    throw new TypeRuleError('precondition', 'edit_person.field_already_requested', refusalOf('alreadyRequested', { field }), { field });
  }
  const oldValue = currentValue(await requirePerson(directory, metadata), field);
  if (oldValue === newValue) {
    throw new TypeRuleError('precondition', 'edit_person.unchanged', refusalOf('nothingToChange', { field, ...valueArgs('value', oldValue) }), { field });
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
    throw new TypeRuleError('precondition', 'edit_person.same_value', refusalOf('sameValue', { field, ...valueArgs('value', newValue) }), { field });
  }
  if (before.oldValue === newValue) {
    throw new TypeRuleError('precondition', 'edit_person.unchanged', refusalOf('currentValue', { field, ...valueArgs('value', newValue) }), { field });
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
    throw new TypeRuleError('precondition', 'edit_person.last_field', refusalOf('lastField', { field }), { field });
  }
  return {
    summary: saying('droppedField', { field }),
    metadata: { ...metadata, fields: metadata.fields.filter((f) => f.field !== field) },
    changes: [{ field: `fields.${field}`, label: changeLabel(`fields.${field}`), before: before.newValue, after: null }],
  };
};
