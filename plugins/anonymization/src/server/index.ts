// The server half of the `anonymization` type: its table, its filing rules and its actions' effects.
import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import { anonymizationType } from '../ticket-type.js';
import { anonymize } from './effects/anonymize.js';
import { refreshPreview } from './effects/refresh-preview.js';
import { reject } from './effects/reject.js';
import { anonymizationMails } from './mails.js';
import { anonymizationStore } from './store.js';
import es from './words/es.js';
import pl from './words/pl.js';

export { describeAnonymization } from './effects/anonymization-summary.js';
export { type CurrentPreview, preview } from './preview.js';
export { anonymizationStore, TABLE } from './store.js';
export type { DirectorySources } from './subject-records.js';

export const anonymizationServer = defineTicketTypeServer(anonymizationType, {
  store: anonymizationStore,
  effects: { anonymize, refreshPreview, reject },
  mails: anonymizationMails,
  words: { es, pl },
  // The person whose account it is asked for it (the team may file on their behalf): they are the
  // requester and hear about it, not the staff member who typed it in. `store.insert` has already
  // refused anyone else naming another user.
  async requesterOf({ metadata }) {
    return metadata.userId ?? null;
  },
});
export default anonymizationServer;
