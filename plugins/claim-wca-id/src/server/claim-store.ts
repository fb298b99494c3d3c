import { defineSqlStore } from '@tickets/plugin-kit/server';
import { claimWcaIdTicketType } from '../claim-wca-id.js';
import { checkClaimCanBeFiled } from './filing-checks.js';

/*
 * No foreign keys to `persons` and `users`: the directory is a port a host site may implement
 * elsewhere; the ids are checked when the claim is filed and again when it is approved. The
 * claimed profile and the requester are fixed at filing; actions change only the rest.
 */
export const claimStore = defineSqlStore(claimWcaIdTicketType, {
  create: {
    columns: `
      person_id int not null,
      wca_id varchar(10) not null,
      delegate_user_id int not null,
      requester_user_id int not null,
      message text null,
      rejection_reason text null,
      handed_to int[] not null default '{}'`,
    indexes: ['create index tickets_claim_wca_id_person_id_index on tickets_claim_wca_id (person_id)'],
  },
  columns: { handedTo: 'int[]' },
  fixed: ['personId', 'wcaId', 'requesterUserId', 'message'],
  async file({ directory, requesterId, metadata }) {
    const person = await checkClaimCanBeFiled({ directory, requesterId, metadata });
    return {
      personId: person.id,
      wcaId: person.wcaId,
      delegateUserId: metadata.delegateUserId,
      requesterUserId: requesterId,
      message: metadata.message || null,
      rejectionReason: null,
      handedTo: [],
    };
  },
});

/** The table, named by the kit for the type. */
export const CLAIM_TABLE = claimStore.table;
