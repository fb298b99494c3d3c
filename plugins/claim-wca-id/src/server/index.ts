// The server half: the claim's table and the effects of its actions. Never imported by ../index.ts.
import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import { claimWcaIdTicketType } from '../claim-wca-id.js';
import { claimStore } from './claim-store.js';
import { claimWcaIdMails } from './mails.js';
import { approveClaim } from './effects/approve.js';
import { handOverClaim } from './effects/hand-over.js';
import { rejectClaim } from './effects/reject.js';
import es from './words/es.js';
import pl from './words/pl.js';

export { CLAIM_TABLE } from './claim-store.js';

export default defineTicketTypeServer(claimWcaIdTicketType, {
  store: claimStore,
  effects: {
    approve: approveClaim,
    reject: rejectClaim,
    handOver: handOverClaim,
  },
  mails: claimWcaIdMails,
  words: { es, pl },
});
