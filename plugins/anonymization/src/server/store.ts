import type { MetadataStore } from '@tickets/plugin-kit/server';
import type { AnonymizationRequest } from '../anonymization-request.js';
import { AnonymizationStored } from '../anonymization-stored.js';
import { fileRequest } from './filing.js';

export const TABLE = 'tickets_anonymization';

interface Row {
  id: number;
  user_id: number;
  person_id: number | null;
  scope: string;
  reason: string | null;
  preview: unknown;
  anonymized_at: string | Date | null;
  rejection_reason: string | null;
}

function toStored(row: Row): AnonymizationStored {
  // Parsed, not cast: a row edited by hand shows up as a clear error rather than a wrong value.
  return AnonymizationStored.parse({
    userId: row.user_id,
    personId: row.person_id,
    scope: row.scope,
    reason: row.reason,
    preview: typeof row.preview === 'string' ? JSON.parse(row.preview) : row.preview,
    anonymizedAt: row.anonymized_at === null ? null : new Date(row.anonymized_at).toISOString(),
    rejectionReason: row.rejection_reason,
  });
}

/** Each request in a row of its own: who, in which scope, the preview, and the outcome. */
export const anonymizationStore: MetadataStore<AnonymizationRequest, AnonymizationStored> = {
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
  async insert({ db, directory, namespaceId, ticketId, requesterId, requester, metadata }) {
    const stored = await fileRequest({ db, directory, requesterId, requester, metadata, now: new Date().toISOString() });
    const [row] = await db.execute<{ id: number }>(
      `insert into ${TABLE} (namespace_id, ticket_id, user_id, person_id, scope, reason, preview) values (?, ?, ?, ?, ?, ?, ?::jsonb) returning id`,
      [namespaceId, ticketId, stored.userId, stored.personId, stored.scope, stored.reason, JSON.stringify(stored.preview)],
    );
    return row!.id;
  },
  async load(db, ids) {
    const rows = await db.execute<Row>(
      `select id, user_id, person_id, scope, reason, preview, anonymized_at, rejection_reason from ${TABLE} where id = any(?::int[])`,
      [`{${ids.join(',')}}`],
    );
    return new Map(rows.map((row) => [row.id, toStored(row)]));
  },
  async update(db, id, metadata) {
    // Who and the scope are fixed at filing; actions change the link seen, the preview and the outcome.
    await db.execute(`update ${TABLE} set person_id = ?, preview = ?::jsonb, anonymized_at = ?, rejection_reason = ? where id = ?`, [
      metadata.personId,
      JSON.stringify(metadata.preview),
      metadata.anonymizedAt,
      metadata.rejectionReason,
      id,
    ]);
  },
};
