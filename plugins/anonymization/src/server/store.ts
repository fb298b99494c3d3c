import { defineSqlStore } from '@tickets/plugin-kit/server';
import { anonymizationType } from '../ticket-type.js';
import { fileRequest } from './filing.js';

/**
 * Each request in a row of its own: who, in which scope, the preview, and the outcome. Who and the
 * scope are fixed at filing; actions change the link seen, the preview and the outcome.
 */
export const anonymizationStore = defineSqlStore(anonymizationType, {
  keepsTicketId: true,
  create: {
    columns: `
      user_id int not null,
      person_id int null,
      scope varchar(24) not null check (scope in ('account', 'account_and_profile')),
      reason varchar(1000) null,
      preview jsonb not null,
      anonymized_at timestamptz null,
      rejection_reason varchar(1000) null,
      created_at timestamptz not null default now()`,
    // The team looks for earlier requests about the same user (duplicates).
    indexes: ['create index tickets_anonymization_user_idx on tickets_anonymization (namespace_id, user_id)'],
  },
  columns: { preview: 'jsonb', anonymizedAt: 'timestamptz' },
  fixed: ['userId', 'scope', 'reason'],
  file: (context) => fileRequest({ ...context, now: new Date().toISOString() }),
});

/** The table, named by the kit for the type. */
export const TABLE = anonymizationStore.table;
