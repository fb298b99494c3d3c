import { definePrincipalKind, DomainError, type PrincipalKindDefinition, type PrincipalKindDefinitionInput } from '@tickets/domain';
import { isStatement, type Statement } from '@tickets/sql';

/**
 * Who belongs to the principals of a kind, as SQL over the directory's tables. Written once, it is
 * the only rule: the API joins it into the viewer's memberships (what they may see and do) and into
 * the mail recipients (who hears of a ticket), so the three cannot disagree, and it stays inside
 * the queries, whatever the number of principals.
 */
export interface PrincipalKindRule {
  /** Every principal of the kind with the name people know it by: a select of `(id int, name text)`. */
  readonly principals: Statement;
  /** Who belongs to which: a select of `(principal_id int, user_id int)`, one row per member. */
  readonly members: Statement;
}

/** A principal kind a plugin registers: its description (domain) and its membership rule (SQL). */
export interface PrincipalKindServer extends PrincipalKindDefinition, PrincipalKindRule {}

/**
 * Declares a principal kind with its membership rule, checked at once (a key that is built in, or
 * without title or description, stops the server at start-up, named).
 *
 * @example
 * definePrincipalKindServer({
 *   kind: 'competition',
 *   title: 'Competition',
 *   description: 'A competition; its Delegates belong to it.',
 *   principals: sql`select id, name from competitions`,
 *   members: sql`select competition_id as principal_id, user_id from competition_staff where role = 'delegate'`,
 * });
 */
export function definePrincipalKindServer(input: PrincipalKindDefinitionInput & PrincipalKindRule): PrincipalKindServer {
  const definition = definePrincipalKind(input);
  for (const part of ['principals', 'members'] as const) {
    if (!isStatement(input[part])) {
      throw new DomainError('invalid', 'principal_kind.invalid', `Principal kind '${input.kind}' cannot be registered: its '${part}' must be a SQL statement (sql\`select …\`).`, {
        kind: input.kind,
      });
    }
  }
  return { ...definition, principals: input.principals, members: input.members };
}
