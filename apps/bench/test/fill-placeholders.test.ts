import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../src/load/fill-placeholders.js';

describe('placeholders in a request or a floor statement', () => {
  it('replaces strings that name a placeholder, at any depth, and keeps everything else', () => {
    const template = { ticketId: '$ticket', expectedVersion: '$version', body: 'about $ticket', ids: ['$ticket', 7], nested: { status: '$status' } };
    expect(fillPlaceholders(template, { $ticket: 42, $version: 3, $status: 2 })).toEqual({
      ticketId: 42,
      expectedVersion: 3,
      body: 'about $ticket',
      ids: [42, 7],
      nested: { status: 2 },
    });
  });

  it('does not take inherited properties for placeholders', () => {
    expect(fillPlaceholders(['toString', '$x'], {})).toEqual(['toString', '$x']);
  });
});
