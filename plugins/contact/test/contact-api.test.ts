import { startTestApi, failureOf } from '@tickets/api/testing';
import { describe, expect, it } from 'vitest';
import contact from '../src/index.js';

const t = await startTestApi({}, [contact]);

describe('contact tickets through the API', () => {
  it('reach the chosen team, and only them', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({
      type: 'contact',
      title: 'Results page broken',
      metadata: { team: 'WST', message: 'The results page shows a 404.' },
    });
    const seenByWes = await t.client('wes').tickets.get.query({ ticketId: id });
    expect(seenByWes.stakeholders.map((s) => [s.principal.name, s.connection])).toEqual([
      ['Rita Lopes', 'cc'],
      ['WST', 'assigned'],
    ]);
    expect((await failureOf(t.client('ana').tickets.get.query({ ticketId: id }))).code).toBe('NOT_FOUND');
  });

  it('are refused with the plugin’s field errors when the message is missing', async () => {
    const failure = await failureOf(
      t.client('rita').tickets.create.mutate({ type: 'contact', title: 'Hi', metadata: { team: 'WST', message: '' } }),
    );
    expect(failure.data.fieldErrors).toEqual([
      { path: 'metadata.message', message: 'Write at least a sentence (10 characters) so the team knows what you need.' },
    ]);
  });
});
