import { mailsAbout } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { AnonymizationStored } from '../src/anonymization-stored.js';
import { anonymizationMails } from '../src/server/mails.js';

const mails = mailsAbout(anonymizationMails, { id: 9, title: 'Forget me', typeTitle: 'Anonymization' }, 'John');
const stored = AnonymizationStored.parse({
  userId: 9,
  personId: null,
  scope: 'account',
  reason: null,
  preview: { takenAt: '2026-01-01T00:00:00.000Z', entries: [] },
  anonymizedAt: null,
  rejectionReason: null,
});

describe('anonymization mails', () => {
  it('confirm receipt with the scope', () => {
    expect(mails.received(stored).text).toContain('request to be forgotten (account only)');
  });

  it('say the data is anonymized once it is', () => {
    expect(mails.closed('Anonymized', { ...stored, anonymizedAt: '2026-02-01T00:00:00.000Z' }).text).toContain('has been anonymized');
  });
});
