import { DomainError } from '@tickets/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTicketType, KIT_CONTRACT_VERSION, validateTicketTypes } from '../src/index.js';

const lifecycle = {
  statuses: [
    { name: 'Requested', category: 'triage' as const, color: '#737278' },
    { name: 'Done', category: 'done' as const, color: '#108548' },
    { name: 'Duplicate', category: 'canceled' as const, color: '#dd2b0e' },
  ],
  defaults: { open: 'Requested', closed: 'Done', duplicate: 'Duplicate' },
};

function messageOf(define: () => unknown): string {
  try {
    define();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
  throw new Error('expected the definition to be refused');
}

describe('defineTicketType', () => {
  it('accepts a complete definition and returns it stamped with the kit\'s contract version', () => {
    const definition = { type: 'contact-wst', title: 'Contact the software team', metadata: z.object({ message: z.string() }), lifecycle };
    expect(defineTicketType(definition)).toEqual({ ...definition, kitContract: KIT_CONTRACT_VERSION });
  });

  it('keeps the contract a plugin was first defined with when defined again (as the server does on load)', () => {
    const builtElsewhere = { type: 'contact-wst', title: 'Contact', metadata: z.object({}), kitContract: KIT_CONTRACT_VERSION + 1 };
    expect(defineTicketType(builtElsewhere).kitContract).toBe(KIT_CONTRACT_VERSION + 1);
  });

  it('refuses a bad key, naming the type', () => {
    expect(messageOf(() => defineTicketType({ type: 'Edit Person', title: 'x', metadata: z.object({}) }))).toMatch(/^Ticket type 'Edit Person' is not valid: .*lower-case/);
  });

  it('refuses a lifecycle whose default is in a category that cannot hold it', () => {
    const broken = { ...lifecycle, defaults: { ...lifecycle.defaults, closed: 'Requested' } };
    expect(messageOf(() => defineTicketType({ type: 'broken', title: 'Broken', metadata: z.object({}), lifecycle: broken }))).toMatch(/Ticket type 'broken' is not valid: .*Requested/);
  });

  it('refuses transitions that name a status the lifecycle does not have', () => {
    const message = messageOf(() =>
      defineTicketType({ type: 'typo', title: 'Typo', metadata: z.object({}), lifecycle, transitions: { Requestd: { to: ['Done'] } } }),
    );
    expect(message).toMatch(/Ticket type 'typo' is not valid: .*Requestd/);
  });

  it('checks transitions of a type without a lifecycle against the system statuses', () => {
    expect(() => defineTicketType({ type: 'plain', title: 'Plain', metadata: z.object({}), transitions: { 'To do': { to: ['Done'] } } })).not.toThrow();
    expect(messageOf(() => defineTicketType({ type: 'plain', title: 'Plain', metadata: z.object({}), transitions: { Applied: { to: ['Done'] } } }))).toMatch(/Applied/);
  });

  it('refuses stakeholder-change rules that name nobody or no known kind of principal, at start-up', () => {
    const define = (stakeholderChanges: unknown) => () =>
      // @ts-expect-error: a plugin written without types may declare anything
      defineTicketType({ type: 'claim-like', title: 'Claim', metadata: z.object({}), stakeholderChanges });
    expect(messageOf(define({ assignees: [] }))).toMatch(/^Ticket type 'claim-like' is not valid: its stakeholderChanges are not valid \(assignees: List at least one/);
    expect(messageOf(define({ assignees: [{ team: 'Delegates' }] }))).toMatch(/its stakeholderChanges are not valid \(assignees\.0/);
    const narrowed = { type: 'claim-like', title: 'Claim', metadata: z.object({}), stakeholderChanges: { assignees: [{ group: 'Delegates' }] } };
    expect(defineTicketType(narrowed)).toMatchObject(narrowed);
  });

  it('refuses two plugins declaring the same type', () => {
    const a = defineTicketType({ type: 'same', title: 'First', metadata: z.object({}) });
    const b = defineTicketType({ type: 'same', title: 'Second', metadata: z.object({}) });
    expect(() => validateTicketTypes([a, b])).toThrow("Two plugins declare ticket type 'same' ('First' and 'Second'); remove one.");
    expect(() => validateTicketTypes([a])).not.toThrow();
  });
});
