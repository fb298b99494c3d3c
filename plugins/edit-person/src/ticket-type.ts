import { defineTicketType, invalidWords } from '@tickets/plugin-kit';
import { editPersonActions } from './actions.js';
import { EditPersonRequest, PROOF_REQUIRED_MESSAGE } from './edit-person-request.js';
import { EditPersonStored } from './edit-person-stored.js';
import { INVALID } from './invalid-sentences.js';
import { EDIT_PERSON_LIFECYCLE, EDIT_PERSON_TRANSITIONS, TEAM } from './lifecycle.js';
import { capitalisedLabel, FIELD_LABELS, PERSON_FIELDS } from './person-field-names.js';
import { byCount, type FieldForms, fieldSelect, listed, valueSelect, type ValueStyle } from './summary-words.js';

// The English pieces of what the log says the actions did (summary-words.ts): a value in single quotes.
const VALUE: ValueStyle = { open: "''", close: "''", unset: 'not set' };
/** "name from 'Marie Curie' to 'Marie S. Curie' and country from 'FR' to 'PL'" (`count`, `field1`, `from1`, `to1`, …). */
const CHANGES = byCount('count', (items) => listed(items, ' and '), (i) => `${fieldSelect(`field${i}`, FIELD_LABELS)} from ${valueSelect(`from${i}`, VALUE)} to ${valueSelect(`to${i}`, VALUE)}`);
/** " The profile already has the requested name and country." when it does (`alreadyCount`, `already1`, …). */
const ALREADY_THERE = byCount('alreadyCount', (items) => ` The profile already has the requested ${listed(items, ' and ')}.`, (i) => fieldSelect(`already${i}`, FIELD_LABELS), '');
// The refusals of its own rules (server/filing.ts, server/effects): a field as it starts a sentence.
const FIELD_STARTING: FieldForms = Object.fromEntries(PERSON_FIELDS.map((field) => [field, capitalisedLabel(field)])) as FieldForms;
/** "the name is now 'Marie S. Curie', not 'Marie Curie'" for each stale field (`count`, `field1`, `now1`, `was1`, …). */
const OUT_OF_SYNC = byCount('count', (items) => listed(items, ' and '), (i) => `the ${fieldSelect(`field${i}`, FIELD_LABELS)} is now ${valueSelect(`now${i}`, VALUE)}, not ${valueSelect(`was${i}`, VALUE)}`);

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
  // "Only the requester can …" put in; and of what the log says they did (server/effects). The
  // server half's `words` hold the other languages, every key.
  words: {
    'refusal.onlyRequester': 'Only the requester can {doing}.',
    // Its own rules (server/filing.ts, server/effects): `field` is a field's code, `value` a profile
    // value (`valueIs`: 'unset' when the profile has none), the stale fields numbered (summary-words.ts).
    'refusal.noProfile': 'Your account is not linked to a competitor profile; say which profile to change.',
    'refusal.notYourProfile': "You can only ask to change your own competitor profile; members of WRT and site admins can file a change to someone else's.",
    'refusal.unknownProfile': 'There is no competitor profile #{personId}.',
    'refusal.proofRequired': PROOF_REQUIRED_MESSAGE,
    'refusal.alreadyInProfile': `${fieldSelect('field', FIELD_STARTING)} is already ${valueSelect('value', VALUE)} in the profile; leave it out.`,
    'refusal.notRequested': `${fieldSelect('field', FIELD_STARTING)} is not part of this request; add it instead.`,
    'refusal.alreadyRequested': `${fieldSelect('field', FIELD_STARTING)} is already part of this request; edit it instead.`,
    'refusal.nothingToChange': `${fieldSelect('field', FIELD_STARTING)} is already ${valueSelect('value', VALUE)} in the profile; there is nothing to change.`,
    'refusal.sameValue': `${valueSelect('value', VALUE)} is already the requested ${fieldSelect('field', FIELD_LABELS)}.`,
    'refusal.currentValue': `${valueSelect('value', VALUE)} is the profile's current ${fieldSelect('field', FIELD_LABELS)}; drop the field instead.`,
    'refusal.lastField': `${fieldSelect('field', FIELD_STARTING)} is the only field of this request; reject the request instead of dropping it.`,
    'refusal.outOfSync': `The profile is out of sync with this request: it changed since the old values were taken (${OUT_OF_SYNC}). Sync the old values first, check the request again, then apply it.`,
    'refusal.profileGone': 'The competitor profile {wcaId} is no longer in the directory; reject the request.',
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
    // What the actions did (server/effects): `field` is a field's code, `from`/`to` a profile value
    // (`fromIs`/`toIs`: 'unset' when the profile has none), lists numbered (summary-words.ts).
    'summary.addedField': `Added the ${fieldSelect('field', FIELD_LABELS)} from ${valueSelect('from', VALUE)} to ${valueSelect('to', VALUE)} to the request.`,
    'summary.editedField': `Changed the requested ${fieldSelect('field', FIELD_LABELS)} from ${valueSelect('from', VALUE)} to ${valueSelect('to', VALUE)}.`,
    'summary.droppedField': `Dropped the ${fieldSelect('field', FIELD_LABELS)} from the request.`,
    'summary.alreadyApplied': 'The profile {wcaId} already had every requested value; nothing needed to change.',
    'summary.applied': `Applied the change to {wcaId} as {mode, select, fix {a fix} other {an update}}: ${CHANGES}.{mode, select, update { The previous values are kept in the person's history.} other {}}`,
    'summary.alreadySynced': 'The old values already matched the profile; nothing changed.',
    'summary.synced': `Synced the old values with the profile: ${CHANGES}.${ALREADY_THERE}`,
    'summary.profileChangedElsewhere': `The profile changed elsewhere, but the requested fields still hold the old values.${ALREADY_THERE}`,
    // `reason` is the person's, ending as a sentence.
    'summary.rejected': 'Rejected the request: {reason}',
    'summary.withdrew': 'Withdrew the request.',
    'summary.withdrewWithReason': 'Withdrew the request: {reason}',
    // What its schemas say of a field (invalid-sentences.ts).
    ...invalidWords(INVALID),
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
