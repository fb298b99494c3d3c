import { describe, expect, it } from 'vitest';
import { AnonymizationStored } from '../src/anonymization-stored.js';
import { anonymizationMails } from '../src/server/mails.js';

const ticket = { id: 9, title: 'Forget me', typeTitle: 'Anonymization', url: 'https://example.org/tickets/9', status: 'Requested', state: 'open' as const };
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
    expect(anonymizationMails.received!({ ticket, recipient: { name: 'John' }, metadata: stored }).text).toContain('request to be forgotten (account only)');
  });

  it('say the data is anonymized once it is', () => {
    const mail = anonymizationMails.closed!({ ticket: { ...ticket, status: 'Anonymized', state: 'closed' }, recipient: { name: 'John' }, metadata: { ...stored, anonymizedAt: '2026-02-01T00:00:00.000Z' } });
    expect(mail.text).toContain('has been anonymized');
  });
});
