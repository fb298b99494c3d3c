import { describe, expect, it } from 'vitest';
import { startTestApi } from './support/test-api.js';

const t = await startTestApi();

async function post(path: string, body: string, login: 'rita' | null = 'rita') {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (login) headers.authorization = `Bearer ${await t.token(login)}`;
  const response = await fetch(`${t.api.url}/trpc/${path}`, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as { error?: { message: string; data: { code: string; fieldErrors: { path: string; message: string }[] | null } } } };
}

describe('input a client sends never causes a bare 500', () => {
  it('answers malformed JSON with BAD_REQUEST', async () => {
    const { status, body } = await post('tickets.create', '{"type": ');
    expect(status).toBe(400);
    expect(body.error?.data.code).toBe('BAD_REQUEST');
  });

  it('answers wrong types with BAD_REQUEST and every field path', async () => {
    const { status, body } = await post('tickets.setStatus', JSON.stringify({ ticketId: 'one', expectedVersion: -1, statusId: 2.5 }));
    expect(status).toBe(400);
    expect(body.error?.data.code).toBe('BAD_REQUEST');
    expect(body.error?.data.fieldErrors?.map((e) => e.path).sort()).toEqual(['expectedVersion', 'statusId', 'ticketId']);
  });

  it('names the `type` field when a ticket is filed with a type this deployment does not serve', async () => {
    const { status, body } = await post('tickets.create', JSON.stringify({ type: 'no-such-type', title: 'Hello' }));
    expect(status).toBe(400);
    expect(body.error?.data.fieldErrors).toEqual([{ path: 'type', message: expect.stringMatching(/There is no ticket type 'no-such-type'/) }]);
  });

  it('names the field at fault when a rule checked after the schema refuses the input (found by fuzzing)', async () => {
    const filed = await t.client('rita').tickets.create.mutate({ type: 'plain-request', title: 'Its own duplicate?', metadata: {} });
    const itself = await post('tickets.markDuplicate', JSON.stringify({ ticketId: filed.id, expectedVersion: filed.version, duplicateOfId: filed.id }));
    expect(itself.status).toBe(400);
    expect(itself.body.error?.data.fieldErrors).toEqual([{ path: 'duplicateOfId', message: expect.stringMatching(/cannot be a duplicate of itself/) }]);
    const queueType = await fetch(`${t.api.url}/trpc/tickets.queue?input=${encodeURIComponent(JSON.stringify({ type: 'aa' }))}`, { headers: { authorization: `Bearer ${await t.token('rita')}` } });
    expect(queueType.status).toBe(400);
    expect(((await queueType.json()) as { error: { data: { fieldErrors: unknown } } }).error.data.fieldErrors).toEqual([{ path: 'type', message: expect.stringMatching(/There is no ticket type 'aa'/) }]);
    const queueStatus = await fetch(`${t.api.url}/trpc/tickets.queue?input=${encodeURIComponent(JSON.stringify({ type: 'plain-request', statusId: 999_999 }))}`, { headers: { authorization: `Bearer ${await t.token('rita')}` } });
    expect(queueStatus.status).toBe(400);
    expect(((await queueStatus.json()) as { error: { data: { fieldErrors: unknown } } }).error.data.fieldErrors).toEqual([{ path: 'statusId', message: expect.stringMatching(/is not an open status/) }]);
  });

  it('refuses text holding a NUL character, which PostgreSQL cannot store, naming each field', async () => {
    const message = 'Text cannot contain the NUL character (U+0000). Remove it and send again.';
    const title = await post('tickets.create', JSON.stringify({ type: 'reviewed-request', title: 'Broken\u0000', metadata: { reason: '\u0000why' } }));
    expect(title.status).toBe(400);
    expect(title.body.error?.data.fieldErrors).toEqual([
      { path: 'title', message },
      { path: 'metadata.reason', message },
    ]);
    const comment = await post('comments.add', JSON.stringify({ ticketId: 1, expectedVersion: 1, body: 'a\u0000b' }));
    expect(comment.body.error?.data.fieldErrors).toEqual([{ path: 'body', message }]);
    const description = await post('statuses.update', JSON.stringify({ statusId: 1, description: '\u0000' }));
    expect(description.body.error?.data.fieldErrors).toEqual([{ path: 'description', message }]);
  });

  it('answers a missing body and an unknown procedure clearly', async () => {
    const empty = await post('tickets.close', '');
    expect(empty.status).toBe(400);
    const unknown = await post('tickets.explode', '{}');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.data.code).toBe('NOT_FOUND');
  });

  it('answers huge ids and unknown tickets with NOT_FOUND, not an error of the database', async () => {
    const { status, body } = await post('tickets.close', JSON.stringify({ ticketId: 2_147_483_647, expectedVersion: 1 }));
    expect(status).toBe(404);
    expect(body.error?.message).toMatch(/does not exist, or you are not one of its stakeholders/);
    const overflow = await post('tickets.close', JSON.stringify({ ticketId: 2 ** 40, expectedVersion: 1 }));
    expect(overflow.status).toBe(400);
    expect(overflow.body.error?.data.fieldErrors).toEqual([{ path: 'ticketId', message: 'No such id: it is too large.' }]);
  });
});
