import { DomainError } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { describe, expect, it } from 'vitest';
import { definePrincipalKindServer } from '../src/server/principal-kind.js';

const rule = { principals: sql`select id, name from competitions`, members: sql`select competition_id as principal_id, user_id from competition_staff` };

describe('definePrincipalKindServer', () => {
  it('keeps the description and the membership rule', () => {
    const kind = definePrincipalKindServer({ kind: 'competition', title: 'Competition', description: 'Its Delegates belong to it.', ...rule });
    expect(kind).toMatchObject({ kind: 'competition', title: 'Competition' });
    expect(kind.members.text).toContain('competition_staff');
  });

  it('refuses a built-in key, naming the kind', () => {
    expect(() => definePrincipalKindServer({ kind: 'group', title: 'Group', description: 'A group.', ...rule })).toThrow(
      "Principal kind 'group' cannot be registered: kind: 'user' and 'group' are built-in principal kinds; choose another key for a plugin's kind.",
    );
  });

  it('refuses a rule that is not a SQL statement', () => {
    const broken = { ...rule, members: 'select 1' as unknown as typeof rule.members };
    const error = (() => {
      try {
        definePrincipalKindServer({ kind: 'competition', title: 'Competition', description: 'Its Delegates.', ...broken });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toBe("Principal kind 'competition' cannot be registered: its 'members' must be a SQL statement (sql`select …`).");
  });
});
