import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Connection, planStartingStakeholders, samePrincipal, type StakeholderRole, type StakeholderToAdd } from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { ana, arbitraryPrincipal, bob, carla, viewerAs, wrt, wst } from './fixtures/stakeholders.js';

const editPerson = { type: 'edit-person', title: "Edit a competitor's profile" };
const wrtAssigned: StakeholderToAdd = { principal: wrt, connection: 'assigned', role: 'actioner' };

/** What Ana's own ticket starts with when its type names these stakeholders, row by row. */
function anasTicketStartsWith(typeStakeholders: StakeholderToAdd[]) {
  const plan = planStartingStakeholders({ filer: viewerAs(ana), requester: ana, typeStakeholders, ticketType: editPerson });
  return plan.add.map((row) => [row.principal.name, row.connection, row.role, row.isActive]);
}

describe('the stakeholders a new ticket starts with', () => {
  it('are its requester, in cc, first, then the ones its type names, all active', () => {
    expect(anasTicketStartsWith([wrtAssigned])).toEqual([
      ['Ana', 'cc', 'requester', true],
      ['WRT', 'assigned', 'actioner', true],
    ]);
  });

  it('keep the requester in cc even when the type also assigns them: one row each', () => {
    expect(anasTicketStartsWith([{ principal: ana, connection: 'assigned', role: 'actioner' }])).toEqual([
      ['Ana', 'cc', 'requester', true],
      ['Ana', 'assigned', 'actioner', true],
    ]);
  });

  it('add nothing for an entry that repeats a principal with a connection it already has', () => {
    const repeating: StakeholderToAdd[] = [{ principal: ana, connection: 'cc', role: 'actioner' }, wrtAssigned, wrtAssigned, { principal: wrt, connection: 'cc', role: 'actioner' }];
    expect(anasTicketStartsWith(repeating)).toEqual([
      ['Ana', 'cc', 'requester', true],
      ['WRT', 'assigned', 'actioner', true],
      ['WRT', 'cc', 'actioner', true],
    ]);
  });

  it('let a team member file for someone else, and a site admin too', () => {
    const forAna = { requester: ana, typeStakeholders: [wrtAssigned], ticketType: editPerson };
    expect(planStartingStakeholders({ ...forAna, filer: viewerAs(bob, [wrt]) }).add[0]).toMatchObject({ principal: ana, connection: 'cc', role: 'requester' });
    expect(() => planStartingStakeholders({ ...forAna, filer: viewerAs(carla, [], true) })).not.toThrow();
  });

  it('refuse a filer who files for someone else and could not see the ticket afterwards', () => {
    const error = domainErrorFrom(() =>
      planStartingStakeholders({ filer: viewerAs(carla, [wst]), requester: ana, typeStakeholders: [wrtAssigned], ticketType: editPerson }),
    );
    expect([error.kind, error.code, error.message, error.details]).toEqual([
      'forbidden',
      'ticket_type.filer_would_not_see',
      "You cannot file this 'Edit a competitor's profile' ticket for Ana: you would not be able to see it afterwards. Ask the team it goes to, or a site admin.",
      { type: 'edit-person', requesterId: ana.id },
    ]);
  });
});

const listedArbitrary: fc.Arbitrary<StakeholderToAdd[]> = fc.array(
  fc.record({
    principal: arbitraryPrincipal,
    connection: fc.constantFrom<Connection>('assigned', 'cc', 'bcc'),
    role: fc.constantFrom<StakeholderRole>('requester', 'actioner'),
  }),
  { maxLength: 8 },
);
const userArbitrary = arbitraryPrincipal.filter((principal) => principal.kind === 'user');

describe('starting stakeholder properties', () => {
  it('start every ticket with its requester in cc, first; keep every listed principal and connection once; never refuse a requester filing for themselves', () => {
    fc.assert(
      fc.property(userArbitrary, listedArbitrary, (requester, typeStakeholders) => {
        const { add } = planStartingStakeholders({ filer: viewerAs(requester), requester, typeStakeholders, ticketType: editPerson });
        expect(add[0]).toEqual({ principal: requester, connection: 'cc', role: 'requester', isActive: true });
        expect(add.every((row) => row.isActive)).toBe(true);
        add.forEach((row, index) => {
          const same = add.findIndex((other) => other.connection === row.connection && samePrincipal(other.principal, row.principal));
          expect(same, `${row.principal.name} is ${row.connection} twice`).toBe(index);
        });
        for (const listed of typeStakeholders) {
          expect(add.some((row) => row.connection === listed.connection && samePrincipal(row.principal, listed.principal))).toBe(true);
        }
      }),
    );
  });
});
