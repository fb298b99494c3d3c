// Input an attacker sends to every entry point — tRPC procedures and the intake endpoint — that used
// to end in a 500 (rolled back) or be stored as is: lone surrogates, NULs, nesting tens of thousands
// deep, cursors PostgreSQL cannot read, titles that break lines, drive terminals or reverse text.
// Each is refused with a 4xx naming the field.
import { TITLE_MESSAGES } from '@tickets/domain';
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../src/modules/intake/api-key-store.js';
import { failureOf, startTestApi, userId } from './support/test-api.js';

const t = await startTestApi();
const rita = t.client('rita');

const LONE_SURROGATE = /well-formed Unicode/;
const NUL = /NUL character/;
const TOO_DEEP = /nested too deeply: at most 32 levels/;

interface FieldError {
  path: string;
  message: string;
}

/** tRPC over HTTP with a JSON body written by hand, for what no typed client sends. */
async function postTrpc(procedure: string, body: string): Promise<{ status: number; message: string; code: string; fieldErrors: FieldError[] }> {
  const response = await fetch(`${t.api.url}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token('rita')}` },
    body,
  });
  const answer = (await response.json()) as { error?: { message: string; data: { code: string; fieldErrors: FieldError[] | null } } };
  return { status: response.status, message: answer.error?.message ?? '', code: answer.error?.data.code ?? 'OK', fieldErrors: answer.error?.data.fieldErrors ?? [] };
}

let intakeKey: string | null = null;

/** The intake endpoint as a host site's server calls it: plain fetch, the body as given. */
async function postIntake(body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: { ticket?: { id: number }; error?: { code: string; message: string; fieldErrors: FieldError[] } } }> {
  intakeKey ??= (await createApiKey(t.api.services.orm.em.fork(), 'hostile host')).key;
  const response = await fetch(`${t.api.url}/intake/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${intakeKey}`, ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as Awaited<ReturnType<typeof postIntake>>['body'] };
}

const requester = { userId: userId('rita') };

/** `levels` arrays, one inside the other, as JSON text (JSON.stringify itself would overflow). */
function nestedArrays(levels: number): string {
  return `${'['.repeat(levels)}${']'.repeat(levels)}`;
}

function cursorOf(position: object): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

async function ticketCount(): Promise<number> {
  const [row] = await t.api.services.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from tickets');
  return row!.n;
}

describe('text that is not well-formed Unicode', () => {
  it('refuses a lone surrogate in a title, in metadata at any depth and in an object key, naming each field', async () => {
    // JSON.stringify writes a lone surrogate as the escape "\ud800", which PostgreSQL refuses in jsonb.
    const failure = await failureOf(
      rita.tickets.create.mutate({ type: 'reviewed-request', title: 'Broken \ud800', metadata: { reason: 'Because \udc00', deeper: [{ ['key\ud83d']: 'x' }] } }),
    );
    expect(failure.code).toBe('BAD_REQUEST');
    expect(failure.data.fieldErrors).toEqual([
      { path: 'title', message: expect.stringMatching(LONE_SURROGATE) },
      { path: 'metadata.reason', message: expect.stringMatching(LONE_SURROGATE) },
      { path: 'metadata.deeper.0.key\ud83d', message: expect.stringMatching(LONE_SURROGATE) },
    ]);
  });

  it('refuses it in a comment and in the input of a type’s action, written by hand into the JSON text', async () => {
    const { id, version } = await rita.tickets.create.mutate({ type: 'reviewed-request', title: 'A real request', metadata: { reason: 'Typo in my name' } });
    const comment = await postTrpc('comments.add', `{"ticketId":${id},"expectedVersion":${version},"body":"half \\udfff of a pair"}`);
    expect(comment.status).toBe(400);
    expect(comment.fieldErrors).toEqual([{ path: 'body', message: expect.stringMatching(LONE_SURROGATE) }]);
    const action = await postTrpc('actions.run', `{"ticketId":${id},"expectedVersion":${version},"action":"increment","input":{"by":1,"why":"\\ud800"}}`);
    expect(action.status).toBe(400);
    expect(action.fieldErrors).toEqual([{ path: 'input.why', message: expect.stringMatching(LONE_SURROGATE) }]);
  });

  it('keeps whole surrogate pairs: emoji and other characters beyond the first plane are text', async () => {
    const { id } = await rita.tickets.create.mutate({ type: 'reviewed-request', title: 'Name with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧', metadata: { reason: 'Emoji 🎉 in my name' } });
    expect((await rita.tickets.get.query({ ticketId: id })).ticket.title).toBe('Name with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧');
  });

  it('refuses a NUL or a lone surrogate in an intake request, as tRPC does, and files nothing', async () => {
    const before = await ticketCount();
    const nul = await postIntake(JSON.stringify({ type: 'reviewed-request', title: 'Broken\u0000', requester, metadata: { reason: 'Because' } }));
    expect(nul.status).toBe(400);
    expect(nul.body.error?.fieldErrors).toEqual([{ path: 'title', message: expect.stringMatching(NUL) }]);
    const lone = await postIntake(`{"type":"reviewed-request","title":"Fine","requester":{"userId":${requester.userId}},"metadata":{"reason":"\\ud800 why"}}`);
    expect(lone.status).toBe(400);
    expect(lone.body.error?.fieldErrors).toEqual([{ path: 'metadata.reason', message: expect.stringMatching(LONE_SURROGATE) }]);
    expect(await ticketCount()).toBe(before);
  });
});

describe('nesting', () => {
  it('refuses an intake body nested 60,000 deep with an Idempotency-Key, naming the field', async () => {
    const body = `{"type":"reviewed-request","title":"Deep","requester":{"userId":${requester.userId}},"metadata":{"reason":"Deep data","more":${nestedArrays(60_000)}}}`;
    const answer = await postIntake(body, { 'idempotency-key': 'deep-request-1' });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.fieldErrors).toEqual([{ path: expect.stringMatching(/^metadata\.more(\.0)+$/), message: expect.stringMatching(TOO_DEEP) }]);
  });

  it('refuses tRPC input nested deeper than 32 levels and accepts 32', async () => {
    // The input object is level 1, metadata level 2: 30 more levels inside it make 32.
    const atLimit = await postTrpc('tickets.create', `{"type":"plain-request","title":"Deep enough","metadata":{"extra":${nestedArrays(29)}}}`);
    expect(atLimit.status).toBe(200);
    const deep = await postTrpc('tickets.create', `{"type":"plain-request","title":"Too deep","metadata":{"extra":${nestedArrays(60_000)}}}`);
    expect(deep.status).toBe(400);
    expect(deep.fieldErrors).toEqual([{ path: expect.stringMatching(/^metadata\.extra(\.0)+$/), message: expect.stringMatching(TOO_DEEP) }]);
    expect(deep.fieldErrors[0]!.path.split('.')).toHaveLength(32);
  });
});

describe('pagination cursors', () => {
  it('refuses a ticket-list cursor dated year 0000, or of another shape, on the field `cursor`', async () => {
    for (const position of [
      { sort: 'updated', direction: 'desc', at: '0000-01-01T00:00:00.000000Z', id: 1 },
      { sort: 'updated', direction: 'desc', at: '2026-01-01T00:00:00.000000Z', id: 1, extra: true },
    ]) {
      const failure = await failureOf(rita.tickets.list.query({ cursor: cursorOf(position) }));
      expect(failure.code).toBe('BAD_REQUEST');
      expect(failure.data.fieldErrors).toEqual([{ path: 'cursor', message: expect.stringMatching(/not one this API handed out/) }]);
    }
  });

  it('refuses a timeline cursor dated year 0000 on the field `cursor`', async () => {
    const { id } = await rita.tickets.create.mutate({ type: 'plain-request', title: 'Timeline', metadata: {} });
    const failure = await failureOf(rita.tickets.timeline.query({ ticketId: id, cursor: cursorOf({ at: '0000-12-31T23:59:59.999999Z', id: 1, kind: 'log' }) }));
    expect(failure.code).toBe('BAD_REQUEST');
    expect(failure.data.fieldErrors).toEqual([{ path: 'cursor', message: expect.stringMatching(/not one this API handed out/) }]);
  });
});

describe('ticket titles', () => {
  const titles: [string, string][] = [
    ['Broken\r\nBcc: everyone@example.org', TITLE_MESSAGES.control],
    ['Red \u001b[31malert\u001b[0m', TITLE_MESSAGES.control],
    ['invoice \u202efdp.exe', TITLE_MESSAGES.bidi],
    ['\u2067hidden\u2069', TITLE_MESSAGES.bidi],
    ['\u200b\u200c\u2060\u3164', TITLE_MESSAGES.invisible],
  ];

  it('refuses line breaks, terminal escapes, bidi overrides and invisible-only titles through tRPC', async () => {
    for (const [title, message] of titles) {
      const failure = await failureOf(rita.tickets.create.mutate({ type: 'plain-request', title, metadata: {} }));
      expect(failure.code).toBe('BAD_REQUEST');
      expect(failure.data.fieldErrors).toEqual([{ path: 'title', message }]);
    }
  });

  it('refuses them through the intake too', async () => {
    for (const [title, message] of titles) {
      const answer = await postIntake(JSON.stringify({ type: 'plain-request', title, requester, metadata: {} }));
      expect(answer.status).toBe(400);
      expect(answer.body.error?.fieldErrors).toEqual([{ path: 'title', message }]);
    }
  });
});

describe('the message of a refused input', () => {
  it('is sentences a person reads, naming each field when there are several, not the validator’s data', async () => {
    const failure = await failureOf(rita.tickets.create.mutate({ type: '', title: ' ', metadata: {} }));
    expect(failure.code).toBe('BAD_REQUEST');
    expect(failure.message).toMatch(/^type: [^{}[\]"]+\. title: A ticket needs a title\.$/);
    const raw = await postTrpc('tickets.setStatus', JSON.stringify({ ticketId: 'one', expectedVersion: 1, statusId: 2 }));
    // One refusal alone: its own words; fieldErrors names the field.
    expect(raw.message).not.toMatch(/[[{"]/);
    expect(raw.message).toMatch(/^[A-Z][^\n]*\.$/);
    expect(raw.fieldErrors.map((error) => error.path)).toEqual(['ticketId']);
  });
});
