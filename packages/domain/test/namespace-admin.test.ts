import { describe, expect, it } from 'vitest';
import { assertCategoryMoveKeepsState, assertMayFollowStatusMigrations, assertNamespaceAdmin, canAdministerNamespace, canFollowStatusMigrations, planStatusUpdate } from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { status } from './fixtures/namespace-statuses.js';

describe('namespace admins', () => {
  it('are the site admins of the namespace', () => {
    expect(canAdministerNamespace({ isSiteAdmin: true })).toBe(true);
    expect(canAdministerNamespace({ isSiteAdmin: false })).toBe(false);
  });

  it('refuses everyone else with a message that says who may', () => {
    const error = domainErrorFrom(() => assertNamespaceAdmin({ isSiteAdmin: false, name: 'Rita' }, 'remove statuses'));
    expect([error.kind, error.code]).toEqual(['forbidden', 'namespace.admin_only']);
    expect(error.message).toBe('Only a namespace admin (a site admin of this site) may remove statuses. Ask a site admin to do it for you.');
    expect(() => assertNamespaceAdmin({ isSiteAdmin: true, name: 'Sam' }, 'remove statuses')).not.toThrow();
  });

  it('alone follow status migrations, whose figures count tickets others may not see', () => {
    expect(canFollowStatusMigrations({ isSiteAdmin: true })).toBe(true);
    expect(canFollowStatusMigrations({ isSiteAdmin: false })).toBe(false);
    const error = domainErrorFrom(() => assertMayFollowStatusMigrations({ isSiteAdmin: false, name: 'Rita' }));
    expect([error.kind, error.code]).toEqual(['forbidden', 'namespace.admin_only']);
    expect(error.message).toBe('Only a namespace admin (a site admin of this site) may see the progress of status migrations. Ask a site admin to do it for you.');
    expect(() => assertMayFollowStatusMigrations({ isSiteAdmin: true, name: 'Sam' })).not.toThrow();
  });
});

describe('moving a status to a category of the other state', () => {
  const waiting = status(1010, 'Waiting', 'to_do', 0);
  const plan = planStatusUpdate([waiting], waiting.id, { category: 'done' }, []);

  it('is allowed while no ticket is on the status', () => {
    expect(plan.stateChange).toEqual({ from: 'open', to: 'closed' });
    expect(() => assertCategoryMoveKeepsState(plan, 0)).not.toThrow();
  });

  it('is refused while tickets are on it, saying how many and what to do instead', () => {
    const error = domainErrorFrom(() => assertCategoryMoveKeepsState(plan, 3));
    expect([error.kind, error.code]).toEqual(['conflict', 'status.state_change_in_use']);
    expect(error.message).toBe(
      "Cannot move status 'Waiting' to the done category: 3 tickets are on it and would change from open to closed. Create a closed status instead, move the tickets to it, then remove 'Waiting'.",
    );
  });

  it('is no question within the same state', () => {
    const sameState = planStatusUpdate([waiting], waiting.id, { category: 'in_progress' }, []);
    expect(() => assertCategoryMoveKeepsState(sameState, 5)).not.toThrow();
  });
});
