import { defineTicketType } from '@tickets/plugin-kit';
import { editPersonActions } from './actions.js';
import { EditPersonRequest } from './edit-person-request.js';
import { EditPersonStored } from './edit-person-stored.js';
import { EDIT_PERSON_LIFECYCLE, EDIT_PERSON_TRANSITIONS, TEAM } from './lifecycle.js';
import { capitalisedLabel, FIELD_LABELS, PERSON_FIELDS } from './person-field-names.js';

export const editPersonTicketType = defineTicketType({
  type: 'edit-person',
  title: "Edit a competitor's profile",
  description: 'A person asks to correct their profile (name, country, date of birth, gender); the results team reviews and applies it.',
  metadata: EditPersonRequest,
  storedMetadata: EditPersonStored,
  lifecycle: EDIT_PERSON_LIFECYCLE,
  transitions: EDIT_PERSON_TRANSITIONS,
  // The results team is assigned to every request; the requester is added by the core.
  startingStakeholders: () => [{ principal: { group: TEAM }, connection: 'assigned', role: 'actioner' }],
  actions: editPersonActions,
  // The English of the actions' refusals (actions.ts): the phrases "Only members of WRT can …" and
  // "Only the requester can …" put in. The server half's `words` hold the other languages, every key.
  words: {
    'refusal.onlyRequester': 'Only the requester can {doing}.',
    'doing.addField': 'add a field to a profile change',
    'doing.editField': 'edit a requested field',
    'doing.dropField': 'drop a requested field',
    'doing.syncOldValues': 'sync the old values',
    'doing.applyChange': 'apply a change',
    'doing.reject': 'reject a change',
    'doing.withdraw': 'withdraw this request',
    // The labels of what its actions change, as the log keeps them (the effects take them from here).
    ...Object.fromEntries(
      PERSON_FIELDS.flatMap((field) => [
        [`change.fields.${field}`, `requested ${FIELD_LABELS[field]}`],
        [`change.fields.${field}.newValue`, `requested ${FIELD_LABELS[field]}`],
        [`change.fields.${field}.oldValue`, `old ${FIELD_LABELS[field]}`],
      ]),
    ),
    'change.profileVersion': 'profile version',
    'change.rejectionReason': 'rejection reason',
  },
  // A message to a team through the contact form that is really a profile correction becomes an
  // edit-person request: the person moving it says which field and what value.
  moveIn: {
    from: ['contact'],
    fields: [
      { key: 'field', label: 'Field to change', choices: PERSON_FIELDS.map((field) => ({ value: field, label: capitalisedLabel(field) })) },
      { key: 'newValue', label: 'New value' },
      { key: 'proofUrl', label: 'Link to proof', hint: 'Needed for a name, country or date of birth, unless the results team moves it.', optional: true },
    ],
  },
});
