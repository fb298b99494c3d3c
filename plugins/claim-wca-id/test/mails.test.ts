import { mailsAbout } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { ClaimWcaIdStored } from '../src/claim-metadata.js';
import { claimWcaIdMails } from '../src/server/mails.js';

const mails = mailsAbout(claimWcaIdMails, { id: 7, title: 'My WCA ID', typeTitle: 'Claim a WCA ID' }, 'John');
const stored = ClaimWcaIdStored.parse({ personId: 2, wcaId: '2015SMIT02', delegateUserId: 5, requesterUserId: 9, message: null, rejectionReason: null, handedTo: [] });

describe('claim-wca-id mails', () => {
  it('confirm receipt naming the WCA ID', () => {
    expect(mails.received(stored).subject).toBe('Ticket #7 received: your claim of WCA ID 2015SMIT02');
  });

  it('give the Delegate’s reason when the claim is rejected', () => {
    expect(mails.closed('Rejected', { ...stored, rejectionReason: 'I do not know this person.' }).text).toContain('was not confirmed. Reason: I do not know this person.');
  });
});
