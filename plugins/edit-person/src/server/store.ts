import { defineSqlStore } from '@tickets/plugin-kit/server';
import { editPersonTicketType } from '../ticket-type.js';
import { fileRequest } from './filing.js';

/**
 * Each ticket's request in a row of its own: the person, the fields (old and new values) and the
 * outcome. The person and the proof are fixed at filing; the team changes the fields and the outcome.
 */
export const editPersonStore = defineSqlStore(editPersonTicketType, {
  keepsTicketId: true,
  create: {
    columns: `
      person_id int not null,
      wca_id varchar(10) not null,
      fields jsonb not null,
      proof_url text null,
      profile_version timestamptz not null,
      rejection_reason varchar(500) null,
      applied_as varchar(6) null check (applied_as in ('fix', 'update')),
      created_at timestamptz not null default now()`,
    // The team looks for other requests about the same person (duplicates, history).
    indexes: ['create index tickets_edit_person_person_idx on tickets_edit_person (namespace_id, person_id)'],
  },
  migrations: [
    {
      // A rejection reason is the kit's REJECTION_REASON_MAX_LENGTH long at most, as for every type;
      // a withdrawal keeps the requester's reason (500) after "Withdrawn by the requester: ".
      name: '002-rejection-reason-length',
      up: ['alter table tickets_edit_person alter column rejection_reason type varchar(1000)'],
      down: ['alter table tickets_edit_person alter column rejection_reason type varchar(500)'],
    },
  ],
  columns: { fields: 'jsonb', profileVersion: 'timestamptz' },
  fixed: ['personId', 'wcaId', 'proofUrl'],
  file: fileRequest,
});

/** The table, named by the kit for the type. */
export const TABLE = editPersonStore.table;
