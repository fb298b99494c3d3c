import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actableStakeholders,
  canActOnTicket,
  canSeeTicket,
  isDomainError,
  resolveActingAs,
  viewerEmbodies,
  type Stakeholder,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { ana, anasTicket, arbitraryStakeholders, arbitraryViewer, bob, carla, helsinkiOpen, stakeholder, viewerAs, wrt, wst } from './fixtures/stakeholders.js';

// Bob's ticket for the software team.
const bobsTicket: Stakeholder[] = [stakeholder(1, bob, 'cc', 'requester'), stakeholder(2, wst, 'assigned', 'actioner')];

describe('who sees a ticket', () => {
  it('lets a requester see their own ticket but not someone else’s', () => {
    const asAna = viewerAs(ana);
    expect(canSeeTicket(asAna, anasTicket)).toBe(true);
    expect(canSeeTicket(asAna, bobsTicket)).toBe(false);
  });

  it('lets a member of a stakeholder group see the group’s tickets, and nobody outside it', () => {
    expect(canSeeTicket(viewerAs(carla, [wrt]), anasTicket)).toBe(true);
    expect(canSeeTicket(viewerAs(carla, [wst]), anasTicket)).toBe(false);
  });

  it('counts membership of a plugin-registered principal, like a competition’s Delegates', () => {
    const claim = [stakeholder(1, ana, 'cc', 'requester'), stakeholder(2, helsinkiOpen, 'assigned', 'actioner')];
    const delegate = viewerAs(carla, [helsinkiOpen]);
    expect(canSeeTicket(delegate, claim)).toBe(true);
    expect(canActOnTicket(delegate, claim)).toBe(true);
    expect(resolveActingAs(delegate, claim).principal).toEqual(helsinkiOpen);
    expect(canSeeTicket(viewerAs(bob), claim)).toBe(false);
  });

  it('keeps read access for a stakeholder who was made inactive', () => {
    const handedOn = [stakeholder(1, ana, 'cc', 'requester'), stakeholder(2, carla, 'assigned', 'actioner', false)];
    expect(canSeeTicket(viewerAs(carla), handedOn)).toBe(true);
  });

  it('lets a bcc stakeholder see the ticket', () => {
    const withBcc = [...anasTicket, stakeholder(3, bob, 'bcc', 'actioner')];
    expect(canSeeTicket(viewerAs(bob), withBcc)).toBe(true);
  });

  it('lets a site admin see every ticket, even one with no stakeholders', () => {
    const admin = viewerAs(carla, [], true);
    expect(canSeeTicket(admin, anasTicket)).toBe(true);
    expect(canSeeTicket(admin, bobsTicket)).toBe(true);
    expect(canSeeTicket(admin, [])).toBe(true);
  });
});

describe('who acts on a ticket', () => {
  it('lets an inactive stakeholder see but not act', () => {
    const handedOn = [stakeholder(1, ana, 'cc', 'requester'), stakeholder(2, carla, 'assigned', 'actioner', false)];
    const asCarla = viewerAs(carla);
    expect(canSeeTicket(asCarla, handedOn)).toBe(true);
    expect(canActOnTicket(asCarla, handedOn)).toBe(false);
    expect(actableStakeholders(asCarla, handedOn)).toEqual([]);
    const error = domainErrorFrom(() => resolveActingAs(asCarla, handedOn));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('you are no longer active');
  });

  it('tells a member of a group that was handed off that the group is no longer active', () => {
    const handedOn = [stakeholder(1, ana, 'cc', 'requester'), stakeholder(2, wrt, 'assigned', 'actioner', false)];
    const error = domainErrorFrom(() => resolveActingAs(viewerAs(carla, [wrt]), handedOn));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('WRT is no longer active');
  });

  it('offers a user every active stakeholder they embody: themselves and their groups', () => {
    const teamMemberAsksToo = [...anasTicket, stakeholder(3, carla, 'cc', 'requester')];
    const actable = actableStakeholders(viewerAs(carla, [wrt, wst]), teamMemberAsksToo);
    expect(actable.map((row) => row.id).sort()).toEqual([2, 3]);
  });

  it('does not let a site admin act until they join the ticket', () => {
    const admin = viewerAs(carla, [], true);
    expect(canActOnTicket(admin, anasTicket)).toBe(false);
    const error = domainErrorFrom(() => resolveActingAs(admin, anasTicket));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('join it as a bcc stakeholder');
  });
});

describe('choosing whom to act as (also: on whose behalf to comment)', () => {
  const memberIsRequester = [stakeholder(1, carla, 'cc', 'requester'), stakeholder(2, wrt, 'assigned', 'actioner')];
  const carlaInWrt = viewerAs(carla, [wrt]);

  it('picks the only stakeholder a viewer can act as', () => {
    expect(resolveActingAs(viewerAs(ana), anasTicket).principal).toEqual(ana);
    expect(resolveActingAs(viewerAs(carla, [wrt]), anasTicket).principal).toEqual(wrt);
  });

  it('asks a viewer who is both a stakeholder and in a stakeholder group to choose, naming the choices', () => {
    const error = domainErrorFrom(() => resolveActingAs(carlaInWrt, memberIsRequester));
    expect(error.kind).toBe('precondition');
    expect(error.code).toBe('stakeholder.acting_as_required');
    expect(error.message).toContain('Carla');
    expect(error.message).toContain('WRT');
    const choices = error.details['choices'] as { stakeholderId: number }[];
    expect(choices.map((choice) => choice.stakeholderId).sort()).toEqual([1, 2]);
  });

  it('acts as whichever of them the viewer chooses', () => {
    expect(resolveActingAs(carlaInWrt, memberIsRequester, 2).principal).toEqual(wrt);
    expect(resolveActingAs(carlaInWrt, memberIsRequester, 1).principal).toEqual(carla);
  });

  it('refuses to comment for a group the viewer is not in, naming the group', () => {
    const error = domainErrorFrom(() => resolveActingAs(viewerAs(ana), anasTicket, 2));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('You cannot act on behalf of WRT because you are not a member of it.');
  });

  it('refuses to act on behalf of another user', () => {
    const error = domainErrorFrom(() => resolveActingAs(viewerAs(carla, [wrt]), anasTicket, 1));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('on behalf of Ana');
  });

  it('refuses an inactive stakeholder even when the viewer belongs to it, and says what they can do', () => {
    const handedOn = [
      stakeholder(1, ana, 'cc', 'requester'),
      stakeholder(2, wrt, 'assigned', 'actioner', false),
      stakeholder(3, carla, 'assigned', 'actioner'),
    ];
    const error = domainErrorFrom(() => resolveActingAs(carlaInWrt, handedOn, 2));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('WRT is no longer active on this ticket; only active stakeholders can act.');
    expect(error.message).toContain('You can act as Carla');
  });

  it('reports a stakeholder id that is not on this ticket as not found', () => {
    const error = domainErrorFrom(() => resolveActingAs(viewerAs(ana), anasTicket, 99));
    expect(error.kind).toBe('not_found');
    expect(error.message).toContain('#99');
  });
});

describe('visibility and acting, for any stakeholders and any viewer', () => {
  it('never lets an inactive stakeholder act', () => {
    fc.assert(
      fc.property(arbitraryViewer, arbitraryStakeholders, fc.option(fc.integer({ min: 1, max: 10 })), (viewer, rows, requested) => {
        expect(actableStakeholders(viewer, rows).every((row) => row.isActive)).toBe(true);
        try {
          expect(resolveActingAs(viewer, rows, requested).isActive).toBe(true);
        } catch (error) {
          expect(isDomainError(error)).toBe(true);
        }
      }),
    );
  });

  it('lets anyone who can act also see', () => {
    fc.assert(
      fc.property(arbitraryViewer, arbitraryStakeholders, (viewer, rows) => {
        if (canActOnTicket(viewer, rows)) expect(canSeeTicket(viewer, rows)).toBe(true);
      }),
    );
  });

  it('resolves to one of the ticket’s stakeholders the viewer embodies, or refuses with a DomainError', () => {
    fc.assert(
      fc.property(arbitraryViewer, arbitraryStakeholders, fc.option(fc.integer({ min: 1, max: 10 })), (viewer, rows, requested) => {
        let actingAs: Stakeholder;
        try {
          actingAs = resolveActingAs(viewer, rows, requested);
        } catch (error) {
          expect(isDomainError(error)).toBe(true);
          return;
        }
        expect(rows).toContainEqual(actingAs);
        expect(viewerEmbodies(viewer, actingAs.principal)).toBe(true);
        if (requested !== null) expect(actingAs.id).toBe(requested);
      }),
    );
  });

  it('needs no choice exactly when the viewer can act as just one stakeholder', () => {
    fc.assert(
      fc.property(arbitraryViewer, arbitraryStakeholders, (viewer, rows) => {
        const actable = actableStakeholders(viewer, rows);
        if (actable.length === 1) {
          expect(resolveActingAs(viewer, rows)).toEqual(actable[0]);
        } else {
          const error = domainErrorFrom(() => resolveActingAs(viewer, rows));
          expect(error.code).toBe(actable.length === 0 ? 'stakeholder.cannot_act' : 'stakeholder.acting_as_required');
        }
      }),
    );
  });
});
