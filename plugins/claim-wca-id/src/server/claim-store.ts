import type { MetadataStore, SqlRunner } from '@tickets/plugin-kit/server';
import { type ClaimWcaIdMetadata, ClaimWcaIdStored } from '../claim-metadata.js';
import { checkClaimCanBeFiled } from './filing-checks.js';

export const CLAIM_TABLE = 'tickets_claim_wca_id';

interface ClaimRow {
  id: number;
  person_id: number;
  wca_id: string;
  delegate_user_id: number;
  requester_user_id: number;
  message: string | null;
  rejection_reason: string | null;
  handed_to: number[];
}

/** A PostgreSQL array literal for an `int[]` parameter ('{5,6}'). */
function intArray(values: readonly number[]): string {
  return `{${values.join(',')}}`;
}

function toStored(row: ClaimRow): ClaimWcaIdStored {
  return ClaimWcaIdStored.parse({
    personId: row.person_id,
    wcaId: row.wca_id,
    delegateUserId: row.delegate_user_id,
    requesterUserId: row.requester_user_id,
    message: row.message,
    rejectionReason: row.rejection_reason,
    handedTo: row.handed_to,
  });
}

/*
 * No foreign keys to `persons` and `users`: the directory is a port a host site may implement
 * elsewhere; the ids are checked when the claim is filed and again when it is approved.
 */
export const claimStore: MetadataStore<ClaimWcaIdMetadata, ClaimWcaIdStored> = {
  table: CLAIM_TABLE,
  migrations: [
    {
      name: '001-create-table',
      up: [
        `create table ${CLAIM_TABLE} (
          id serial primary key,
          namespace_id int not null,
          person_id int not null,
          wca_id varchar(10) not null,
          delegate_user_id int not null,
          requester_user_id int not null,
          message text null,
          rejection_reason text null,
          handed_to int[] not null default '{}'
        )`,
        `create index ${CLAIM_TABLE}_person_id_index on ${CLAIM_TABLE} (person_id)`,
      ],
      down: [`drop table ${CLAIM_TABLE}`],
    },
  ],

  async insert({ db, directory, namespaceId, requesterId, metadata }) {
    const person = await checkClaimCanBeFiled({ directory, requesterId, metadata });
    const [row] = await db.execute<{ id: number }>(
      `insert into ${CLAIM_TABLE} (namespace_id, person_id, wca_id, delegate_user_id, requester_user_id, message) values (?, ?, ?, ?, ?, ?) returning id`,
      [namespaceId, person.id, person.wcaId, metadata.delegateUserId, requesterId, metadata.message || null],
    );
    return row!.id;
  },

  async load(db: SqlRunner, ids) {
    if (ids.length === 0) return new Map();
    // to_json: an int[] comes back as a JS array from every driver the API runs on.
    const rows = await db.execute<ClaimRow>(
      `select id, person_id, wca_id, delegate_user_id, requester_user_id, message, rejection_reason, to_json(handed_to) as handed_to
         from ${CLAIM_TABLE} where id = any(?::int[])`,
      [intArray(ids)],
    );
    return new Map(rows.map((row) => [row.id, toStored(row)]));
  },

  // The claimed profile and the requester are fixed at filing; actions change only the rest.
  async update(db, id, metadata) {
    await db.execute(`update ${CLAIM_TABLE} set delegate_user_id = ?, rejection_reason = ?, handed_to = ?::int[] where id = ?`, [
      metadata.delegateUserId,
      metadata.rejectionReason,
      intArray(metadata.handedTo),
      id,
    ]);
  },
};
