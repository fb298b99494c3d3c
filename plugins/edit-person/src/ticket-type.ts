import { defineTicketType } from '@tickets/plugin-kit';
import { editPersonActions } from './actions.js';
import { EditPersonRequest } from './edit-person-request.js';
import { EditPersonStored } from './edit-person-stored.js';
import { EDIT_PERSON_LIFECYCLE, EDIT_PERSON_TRANSITIONS, TEAM } from './lifecycle.js';
import { capitalisedLabel, PERSON_FIELDS } from './person-field-names.js';

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
