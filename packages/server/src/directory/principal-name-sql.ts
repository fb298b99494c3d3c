import type { PrincipalKindServer } from '@tickets/plugin-kit/server';
import { sql, type Statement } from '@tickets/sql';

/**
 * The name of the principal in columns `kind` and `id`, as the product's own directory tables hold
 * it (what `SqlDirectory.labels` answers): a user's name, a group's key, a plugin kind's principal
 * as its rule names it; null for one the tables do not have. For statements that read a ticket and
 * its stakeholders' names at once.
 */
export function principalNameSql(kind: Statement, id: Statement, kinds: readonly PrincipalKindServer[]): Statement {
  const ofKinds = kinds.map((k) => sql` when ${k.kind}::text then (select p.name from (${k.principals}) p where p.id = ${id})`);
  return sql`case ${kind} when 'user' then (select u.name from users u where u.id = ${id})
                          when 'group' then (select g.key from user_groups g where g.id = ${id})${sql.join(ofKinds, '')} end`;
}
