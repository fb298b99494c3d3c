import { describe, expect, it } from 'vitest';
import contact, { ContactMetadata } from '../src/index.js';

describe('contact ticket type', () => {
  it('assigns the chosen team as actioner', () => {
    const metadata = ContactMetadata.parse({ team: 'WST', message: 'The results page shows a 404.' });
    expect(contact.startingStakeholders?.({ requesterId: 2, metadata })).toEqual([
      { principal: { group: 'WST' }, connection: 'assigned', role: 'actioner' },
    ]);
  });

  it('refuses an unknown team and a message too short to act on, saying why', () => {
    const result = ContactMetadata.safeParse({ team: 'XYZ', message: 'hi' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(messages).toEqual([
      ['team', 'Choose the team to contact: WST, WRT, WCAT.'],
      ['message', 'Write at least a sentence (10 characters) so the team knows what you need.'],
    ]);
  });
});
