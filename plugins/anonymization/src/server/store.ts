import { defineSqlStore } from '@tickets/plugin-kit/server';
import { anonymizationType } from '../ticket-type.js';
import { fileRequest } from './filing.js';

export const TABLE = 'tickets_anonymization';

/**
 * Each request in a row of its own: who, in which scope, the preview, and the outcome. Who and the
 * scope are fixed at filing; actions change the link seen, the preview and the outcome.
 */
export const anonymizationStore = defineSqlStore(anonymizationType, {
  table: TABLE,
  migrations: [
    {
      name: '001-create-table',
      up: [
        `create table ${TABLE} (
          id serial primary key,
          namespace_id int not null,
          ticket_id int not null,
          user_id int not null,
          person_id int null,
          scope varchar(24) not null check (scope in ('account', 'account_and_profile')),
          reason varchar(1000) null,
          preview jsonb not null,
          anonymized_at timestamptz null,
          rejection_reason varchar(1000) null,
          created_at timestamptz not null default now()
        )`,
        // The team looks for earlier requests about the same user (duplicates).
        `create index ${TABLE}_user_idx on ${TABLE} (namespace_id, user_id)`,
      ],
      down: [`drop table ${TABLE}`],
    },
  ],
  columns: { preview: 'jsonb', anonymizedAt: 'timestamptz' },
  fixed: ['userId', 'scope', 'reason'],
  keepsTicketId: true,
  file: (context) => fileRequest({ ...context, now: new Date().toISOString() }),
});
