import type { MetadataStore, SqlRunner } from '@tickets/plugin-kit/server';
import type { EditPersonRequest } from '../edit-person-request.js';
import { EditPersonStored } from '../edit-person-stored.js';
import { fileRequest } from './filing.js';

export const TABLE = 'tickets_edit_person';

interface Row {
  id: number;
  person_id: number;
  wca_id: string;
  fields: unknown;
  proof_url: string | null;
  profile_version: string | Date;
  rejection_reason: string | null;
  applied_as: string | null;
}

function toStored(row: Row): EditPersonStored {
  // Parsed, not cast: a row edited by hand shows up as a clear error rather than a wrong value.
  return EditPersonStored.parse({
    personId: row.person_id,
    wcaId: row.wca_id,
    fields: typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields,
    proofUrl: row.proof_url,
    profileVersion: new Date(row.profile_version).toISOString(),
    rejectionReason: row.rejection_reason,
    appliedAs: row.applied_as,
  });
}

/** Each ticket's request in a row of its own: the person, the fields (old and new values) and the outcome. */
export const editPersonStore: MetadataStore<EditPersonRequest, EditPersonStored> = {
  table: TABLE,
  migrations: [
    {
      name: '001-create-table',
      up: [
        `create table ${TABLE} (
          id serial primary key,
          namespace_id int not null,
          ticket_id int not null,
          person_id int not null,
          wca_id varchar(10) not null,
          fields jsonb not null,
          proof_url text null,
          profile_version timestamptz not null,
          rejection_reason varchar(500) null,
          applied_as varchar(6) null check (applied_as in ('fix', 'update')),
          created_at timestamptz not null default now()
        )`,
        // The team looks for other requests about the same person (duplicates, history).
        `create index ${TABLE}_person_idx on ${TABLE} (namespace_id, person_id)`,
      ],
      down: [`drop table ${TABLE}`],
    },
  ],
  async insert({ db, directory, namespaceId, ticketId, requesterId, requester, metadata }) {
    const stored = await fileRequest({ directory, requesterId, requester, metadata });
    const [row] = await db.execute<{ id: number }>(
      `insert into ${TABLE} (namespace_id, ticket_id, person_id, wca_id, fields, proof_url, profile_version) values (?, ?, ?, ?, ?::jsonb, ?, ?) returning id`,
      [namespaceId, ticketId, stored.personId, stored.wcaId, JSON.stringify(stored.fields), stored.proofUrl, stored.profileVersion],
    );
    return row!.id;
  },
  async load(db, ids) {
    const rows = await db.execute<Row>(
      `select id, person_id, wca_id, fields, proof_url, profile_version, rejection_reason, applied_as from ${TABLE} where id = any(?::int[])`,
      [`{${ids.join(',')}}`],
    );
    return new Map(rows.map((row) => [row.id, toStored(row)]));
  },
  async update(db: SqlRunner, id, metadata) {
    // The person and the proof are fixed at filing; the team changes the fields and the outcome.
    await db.execute(`update ${TABLE} set fields = ?::jsonb, profile_version = ?, rejection_reason = ?, applied_as = ? where id = ?`, [
      JSON.stringify(metadata.fields),
      metadata.profileVersion,
      metadata.rejectionReason,
      metadata.appliedAs,
      id,
    ]);
  },
};
