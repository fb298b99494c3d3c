import { describe, expect, it } from 'vitest';
import { failureOf, startTestApi } from './support/test-api.js';

// Each limit and rule of DOMAIN.md ("Limits and rules"), through the procedures, with its message.
const t = await startTestApi();
const sam = t.client('sam');

async function refusal(call: Promise<unknown>) {
  const failure = await failureOf(call);
  return { code: failure.code, message: failure.message };
}

describe('status fields', () => {
  const status = { color: '#1f75cb', category: 'to_do' as const };

  it.each([
    ['a name longer than 32 characters', { name: 'x'.repeat(33) }, 'A status name can be at most 32 characters long.'],
    ['an empty name', { name: '   ' }, 'A status name cannot be empty.'],
    ['a line break', { name: 'Two\nlines' }, 'A status name cannot contain control characters (such as line breaks or tabs).'],
    ['a quote at either end', { name: '"Quoted"' }, 'A status name cannot start or end with a quote or a backtick.'],
    ['a backtick at the end', { name: 'Ticked`' }, 'A status name cannot start or end with a quote or a backtick.'],
    ['a colour not written #rrggbb', { name: 'Red', color: 'red' }, 'A colour must be written as #rrggbb, for example #1f75cb.'],
    ['a description over 128 characters', { name: 'Long', description: 'x'.repeat(129) }, 'A status description can be at most 128 characters long.'],
  ])('refuses %s', async (_, fields, message) => {
    expect(await refusal(sam.statuses.create.mutate({ ...status, ...fields }))).toEqual({ code: 'BAD_REQUEST', message });
  });

  it('trims names and refuses one taken in the namespace, ignoring case', async () => {
    const { status: created } = await sam.statuses.create.mutate({ ...status, name: '  Waiting  ' });
    expect(created.name).toBe('Waiting');
    expect(await refusal(sam.statuses.create.mutate({ ...status, name: 'to DO' }))).toEqual({
      code: 'CONFLICT',
      message: "This namespace already has a status named 'To do' (names are compared ignoring case). Choose another name.",
    });
    expect((await refusal(sam.statuses.update.mutate({ statusId: created.id, name: 'In Progress' }))).code).toBe('CONFLICT');
    // Its own name in other letters is no clash.
    expect((await sam.statuses.update.mutate({ statusId: created.id, name: 'WAITING ' })).status.name).toBe('WAITING');
  });
});

describe('lifecycles', () => {
  it('refuses more than 30 statuses, a name over 64 characters and defaults of the wrong category', async () => {
    const ids: number[] = [];
    for (let n = 1; n <= 26; n++) ids.push((await sam.statuses.create.mutate({ name: `Step ${n}`, color: '#737278', category: 'in_progress' })).status.id);
    const defaults = { open: 1, closed: 3, duplicate: 5 };
    const thirtyOne = [1, 2, 3, 4, 5, ...ids];
    expect(thirtyOne).toHaveLength(31);
    expect(await refusal(sam.lifecycles.create.mutate({ name: 'Too long a list', statusIds: thirtyOne, defaults }))).toEqual({
      code: 'UNPROCESSABLE_CONTENT',
      message: 'Lifecycle can only have a maximum of 30 statuses.',
    });
    const thirty = await sam.lifecycles.create.mutate({ name: 'Thirty', statusIds: thirtyOne.slice(0, 30), defaults });
    expect(thirty.lifecycle.statusIds).toHaveLength(30);
    expect(await refusal(sam.lifecycles.update.mutate({ lifecycleId: thirty.lifecycle.id, statusIds: thirtyOne }))).toEqual({
      code: 'UNPROCESSABLE_CONTENT',
      message: 'Lifecycle can only have a maximum of 30 statuses.',
    });
    expect(await refusal(sam.lifecycles.create.mutate({ name: 'x'.repeat(65), statusIds: [1, 3, 5], defaults }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'A lifecycle name can be at most 64 characters long.',
    });
    expect(await refusal(sam.lifecycles.create.mutate({ name: 'Odd', statusIds: [1, 2, 3, 5], defaults: { open: 1, closed: 2, duplicate: 5 } }))).toEqual({
      code: 'BAD_REQUEST',
      message: "Status 'In progress' (in progress) cannot be the default closed status of lifecycle 'Odd': it must be a status in the done or canceled category.",
    });
    expect(await refusal(sam.lifecycles.create.mutate({ name: 'Gap', statusIds: [1, 3], defaults }))).toEqual({
      code: 'BAD_REQUEST',
      message: "The default duplicate status 'Duplicate' is not part of lifecycle 'Gap'. Add it to the lifecycle or choose another default duplicate status.",
    });
  });

  it('refuses a 51st lifecycle', async () => {
    const existing = (await sam.statuses.list.query()).lifecycles.filter((l) => l.stored).length;
    for (let n = existing + 1; n <= 50; n++) {
      await sam.lifecycles.create.mutate({ name: `Lifecycle ${n}`, statusIds: [1, 3, 5], defaults: { open: 1, closed: 3, duplicate: 5 } });
    }
    expect(await refusal(sam.lifecycles.create.mutate({ name: 'One too many', statusIds: [1, 3, 5], defaults: { open: 1, closed: 3, duplicate: 5 } }))).toEqual({
      code: 'UNPROCESSABLE_CONTENT',
      message: 'A namespace can only have a maximum of 50 lifecycles.',
    });
  });
});

describe('the namespace', () => {
  it('refuses a 71st status', async () => {
    const count = (await sam.statuses.list.query()).statuses.length;
    for (let n = count + 1; n <= 70; n++) await sam.statuses.create.mutate({ name: `Filler ${n}`, color: '#737278', category: 'to_do' });
    expect((await sam.statuses.list.query()).statuses).toHaveLength(70);
    expect(await refusal(sam.statuses.create.mutate({ name: 'Seventy-one', color: '#737278', category: 'to_do' }))).toEqual({
      code: 'UNPROCESSABLE_CONTENT',
      message: 'A namespace can only have a maximum of 70 statuses.',
    });
  });
});
