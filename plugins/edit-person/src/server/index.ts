// The server half of the edit-person type: its table and the effects of its actions. Import it
// only in server code.
import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import { editPersonTicketType } from '../ticket-type.js';
import { applyAsFix, applyAsUpdate } from './effects/apply-effect.js';
import { reject, withdraw } from './effects/close-effects.js';
import { addField, dropField, editField } from './effects/field-effects.js';
import { syncOldValues } from './effects/sync-effect.js';
import { editPersonMails } from './mails.js';
import { editPersonStore } from './store.js';
import es from './words/es.js';
import pl from './words/pl.js';

export { TABLE } from './store.js';

export const editPersonServer = defineTicketTypeServer(editPersonTicketType, {
  store: editPersonStore,
  effects: { addField, editField, dropField, syncOldValues, applyAsFix, applyAsUpdate, reject, withdraw },
  mails: editPersonMails,
  words: { es, pl },
  // The person whose profile it is (through their linked account) is the requester and hears about
  // it, also when the team files the change on their behalf; a profile without an account keeps the
  // filer. `store.insert` has already refused anyone else naming another profile.
  // From a contact message: the field and value the person moving it gave (the message is free text).
  moveIn({ given }) {
    return { changes: [{ field: given['field'], newValue: given['newValue'] }], ...(given['proofUrl'] ? { proofUrl: given['proofUrl'] } : {}) };
  },
  async requesterOf({ directory, metadata }) {
    if (metadata.personId === undefined) return null;
    return (await directory.userLinkedToPerson(metadata.personId))?.id ?? null;
  },
});

export default editPersonServer;
