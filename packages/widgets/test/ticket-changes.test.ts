import { describe, expect, it } from 'vitest';
import { addStakeholderChange, deactivateChange, handOverChange } from '../src/connected/changes.js';
import { PEOPLE, STAKEHOLDERS, ticketDetail } from '../src/fixtures/index.js';

// What the ticket page shows at once, before the API answers: the domain's own stakeholder plans.
describe('stakeholder changes shown before the API answers', () => {
  it('hands an assignment over: the old row kept inactive, the new one active with the same connection and role', () => {
    const shown = handOverChange(12, { kind: 'group', id: 2 }).optimistic!(ticketDetail());
    expect(shown.stakeholders.find((stakeholder) => stakeholder.id === 12)?.isActive).toBe(false);
    const added = shown.stakeholders.at(-1)!;
    expect(added).toMatchObject({ principal: { kind: 'group', id: 2, name: 'Group #2' }, connection: 'assigned', role: 'actioner', isActive: true });
    expect(added.id).toBeLessThan(0);
  });

  it('keeps the only active assignee on the ticket, as the API will (it refuses to leave nobody responsible)', () => {
    const detail = ticketDetail();
    expect(deactivateChange(12).optimistic!(detail).stakeholders).toEqual(STAKEHOLDERS);
  });

  it('shows no second row for someone already active with that connection, nor a hand-over from an inactive row', () => {
    const detail = ticketDetail();
    expect(addStakeholderChange({ principal: { kind: PEOPLE.wrt.kind, id: PEOPLE.wrt.id }, connection: 'assigned', role: 'actioner' }).optimistic!(detail).stakeholders).toEqual(STAKEHOLDERS);
    expect(handOverChange(13, { kind: 'user', id: PEOPLE.sam.id }).optimistic!(detail).stakeholders).toEqual(STAKEHOLDERS);
  });
});
