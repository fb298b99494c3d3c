import { defineTicketType } from '@tickets/plugin-kit';
import { editPersonActions } from './actions.js';
import { EditPersonRequest } from './edit-person-request.js';
import { EditPersonStored } from './edit-person-stored.js';
import { EDIT_PERSON_LIFECYCLE, EDIT_PERSON_TRANSITIONS, TEAM } from './lifecycle.js';

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
});
