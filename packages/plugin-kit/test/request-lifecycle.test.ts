import { planLifecycleInstall, type Status } from '@tickets/domain';
import { describe, expect, it } from 'vitest';
import { REQUEST_STATUS, requestLifecycle } from '../src/index.js';

const anonymization = requestLifecycle({ done: { name: 'Anonymized' } });
const claim = requestLifecycle({ done: { name: 'Approved' }, closed: 'rejected' });

describe('requestLifecycle', () => {
  it('gives two request types the same Requested, Rejected and Duplicate: a namespace installs them once, then only the second type’s own', () => {
    const first = planLifecycleInstall(anonymization, []);
    const installed: Status[] = first.create.map((status, index) => ({ ...status, id: 100 + index, systemOrigin: null }));
    const second = planLifecycleInstall(claim, installed);
    expect(second.reuse.map((status) => status.name)).toEqual([REQUEST_STATUS.requested, REQUEST_STATUS.rejected, REQUEST_STATUS.duplicate]);
    expect(second.create.map((status) => status.name)).toEqual(['Approved']);
  });

  it('closes a ticket without a decision on the done status, or on Rejected where that means not accepted', () => {
    expect(anonymization.defaults).toEqual({ open: 'Requested', closed: 'Anonymized', duplicate: 'Duplicate' });
    expect(claim.defaults).toEqual({ open: 'Requested', closed: 'Rejected', duplicate: 'Duplicate' });
  });
});
