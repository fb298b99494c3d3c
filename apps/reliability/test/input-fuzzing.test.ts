// Property-based fuzzing of every procedure's input over HTTP: values shaped by the procedure's own
// zod schema (as JSON Schema), the same with wrong types mixed in, and plain garbage. Whatever comes
// in, the API never answers 500 / INTERNAL_SERVER_ERROR, and every BAD_REQUEST names its fields.
// The hostile-input part does the same for tRPC and the intake endpoint with what an attacker sends:
// lone surrogates, NULs, control and bidi characters, nesting up to 60,000 deep, hand-made cursors.
import { appRouter, createApiKey, startTestApi } from '@tickets/server/testing';
import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordFigures } from './support/figures.js';
import { DEEP_MARKER, hostileCursor, hostileText, hostileValue, injected, loneSurrogate, nestingDepth, withDeepNesting } from './support/hostile-arbitraries.js';
import { arbitraryFor, type JsonSchema } from './support/json-schema-arbitrary.js';
import { callWire, callWireText, postRaw, type ProcedureKind, type WireAnswer } from './support/wire.js';

const RUNS = Number(process.env.FC_NUM_RUNS ?? 40);
const SEED = process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {};
/** What the API accepts (MAX_INPUT_DEPTH): input nested deeper is refused wherever the nesting is. */
const MAX_INPUT_DEPTH = 32;
/** A query's input travels in the URL, which Node limits to 16 KB of headers: nesting beyond this gets 431 first. */
const MAX_QUERY_NESTING = 1_000;

interface ProcedureDef {
  _def: { type: ProcedureKind | 'subscription'; inputs: z.ZodType[] };
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>)
  .filter(([, procedure]) => procedure._def.type !== 'subscription')
  .map(([path, procedure]) => {
    const kind = procedure._def.type as ProcedureKind;
    const schemas = procedure._def.inputs.map((input) => z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    const schema: JsonSchema = schemas.length === 0 ? {} : schemas.length === 1 ? schemas[0]! : { allOf: schemas };
    return { path, kind, schema };
  });

const t = await startTestApi();
const tokens: string[] = [];
let calls = 0;
const codes = new Map<string, number>();

beforeAll(async () => {
  tokens.push(await t.token('ana'), await t.token('sam'), await t.token('rita'));
  // A few tickets of each test type, so fuzzed ids and versions often reach a real one.
  const rita = t.client('rita');
  for (let i = 0; i < 3; i++) {
    await rita.tickets.create.mutate({ type: 'plain-request', title: `Plain ${i}`, metadata: {} });
    await rita.tickets.create.mutate({ type: 'reviewed-request', title: `Reviewed ${i}`, metadata: { reason: 'Because it matters.' } });
    await rita.tickets.create.mutate({ type: 'counted-request', title: `Counted ${i}`, metadata: { start: i } });
  }
});

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether the API must refuse this hostile value wherever it is put (it cannot be stored). */
function mustBeRefused(hostile: unknown, depth: number): boolean {
  if (hostile === DEEP_MARKER) return depth > MAX_INPUT_DEPTH;
  return typeof hostile === 'string' && (hostile.includes('\u0000') || LONE_SURROGATE.test(hostile));
}

/** What is wrong with an answer, or null when it is acceptable. */
function problemOf(answer: WireAnswer): string | null {
  calls += 1;
  const code = answer.error?.code ?? 'OK';
  codes.set(code, (codes.get(code) ?? 0) + 1);
  if (answer.httpStatus >= 500) return `HTTP ${answer.httpStatus}: ${answer.error?.message}`;
  if (answer.error?.code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${answer.error.message}`;
  if (answer.error?.code === 'BAD_REQUEST') {
    const fields = answer.error.fieldErrors;
    if (!fields || fields.length === 0) return `BAD_REQUEST without field errors: ${answer.error.message}`;
    if (fields.some((f) => typeof f.path !== 'string' || !f.message)) return `BAD_REQUEST with a field error lacking its path or message: ${JSON.stringify(fields)}`;
  }
  return null;
}

describe('fuzzing every procedure’s input', () => {
  it('covers every procedure of the router', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(procedures)('$path', ({ path, kind, schema }) => {
    it('never answers 500, and names the fields of every bad input', async () => {
      const input = fc.oneof({ weight: 3, arbitrary: arbitraryFor(schema, false) }, { weight: 3, arbitrary: arbitraryFor(schema, true) }, { weight: 1, arbitrary: fc.anything() });
      await fc.assert(
        fc.asyncProperty(input, fc.nat({ max: tokens.length - 1 }), async (value, who) => {
          const answer = await callWire(t.api.url, path, kind, value, tokens[who]);
          expect(problemOf(answer)).toBeNull();
        }),
        { numRuns: RUNS, ...SEED },
      );
    });

    it('refuses hostile text and deep nesting anywhere in its input, naming the field, and never answers 500', async () => {
      const input = fc.tuple(arbitraryFor(schema, false), hostileValue, fc.nat(), nestingDepth);
      await fc.assert(
        fc.asyncProperty(input, fc.nat({ max: tokens.length - 1 }), async ([value, hostile, at, depth], who) => {
          const nesting = kind === 'query' ? Math.min(depth, MAX_QUERY_NESTING) : depth;
          const answer = await callWireText(t.api.url, path, kind, withDeepNesting(injected(value, hostile, at), nesting), tokens[who]);
          expect(problemOf(answer)).toBeNull();
          if (mustBeRefused(hostile, nesting)) {
            expect(answer.error?.code).toBe('BAD_REQUEST');
            expect(answer.error?.fieldErrors?.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: RUNS, ...SEED },
      );
    });
  });

  it.each([
    ['tickets.list', (cursor: string) => ({ cursor })],
    ['tickets.timeline', (cursor: string, ticketId: number) => ({ ticketId, cursor })],
  ] as const)('%s refuses a hand-made cursor it cannot read on the field `cursor`, never with 500', async (path, inputOf) => {
    await fc.assert(
      fc.asyncProperty(hostileCursor, fc.integer({ min: 1, max: 9 }), fc.nat({ max: tokens.length - 1 }), async (cursor, ticketId, who) => {
        const answer = await callWire(t.api.url, path, 'query', inputOf(cursor, ticketId), tokens[who]);
        expect(problemOf(answer)).toBeNull();
        if (answer.error?.code === 'BAD_REQUEST') expect(answer.error.fieldErrors?.map((f) => f.path)).toContain('cursor');
      }),
      { numRuns: RUNS * 2, ...SEED },
    );
  });

  it('answers a body that is not JSON, or not an object, with BAD_REQUEST and a message', async () => {
    // Not an input schema's refusal (there are no fields to name), so only the message is asked for.
    for (const body of ['{', '"just a string"', '[1,2,3]', '\u0000\u0001']) {
      const answer = await postRaw(t.api.url, 'comments.add', body, tokens[0]);
      calls += 1;
      expect(answer.httpStatus).toBe(400);
      expect(answer.error?.code).toBe('BAD_REQUEST');
      expect(answer.error?.message.length).toBeGreaterThan(0);
    }
  });
});

interface IntakeAnswer {
  status: number;
  body: { ticket?: { id: number }; error?: { code: string; message: string; fieldErrors: { path: string; message: string }[] } } | null;
}

/** What is wrong with an intake answer, or null when it is acceptable. */
function intakeProblemOf(answer: IntakeAnswer): string | null {
  calls += 1;
  const code = `intake ${answer.status}`;
  codes.set(code, (codes.get(code) ?? 0) + 1);
  if (answer.status >= 500) return `HTTP ${answer.status}: ${answer.body?.error?.message}`;
  if (answer.status < 400) return answer.body?.ticket ? null : `HTTP ${answer.status} without a ticket`;
  const error = answer.body?.error;
  if (!error?.code || !error.message) return `HTTP ${answer.status} without a JSON refusal`;
  if (answer.status === 400 && !/not valid JSON/.test(error.message) && error.fieldErrors.length === 0) return `400 without field errors: ${error.message}`;
  return null;
}

describe('fuzzing the intake endpoint', () => {
  const request = fc.record(
    {
      type: fc.oneof(fc.constantFrom('plain-request', 'reviewed-request', 'counted-request'), hostileText),
      title: fc.oneof(fc.string({ maxLength: 40 }), hostileText),
      requester: fc.record({ userId: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.anything()) }),
      metadata: fc.oneof(fc.constant({ reason: 'Because it matters.' }), fc.constant({ start: 1 }), fc.constant({}), fc.anything()),
    },
    { requiredKeys: [] },
  );
  /** A request with a hostile value put in place of one of its fields, or of one of its metadata's. */
  const hostileRequest = fc.tuple(request, hostileValue, fc.nat(), nestingDepth).map(([value, hostile, at, depth]) => {
    const body = at % 2 === 0 ? injected(value, hostile, at >> 1) : { ...value, metadata: injected(value.metadata, hostile, at >> 1) };
    return { text: withDeepNesting(body, depth), refused: mustBeRefused(hostile, depth) };
  });
  const body = fc.oneof(
    { weight: 4, arbitrary: hostileRequest },
    { weight: 1, arbitrary: request.map((value) => ({ text: JSON.stringify(value), refused: false })) },
    { weight: 1, arbitrary: fc.anything().map((value) => ({ text: JSON.stringify(value) ?? 'null', refused: false })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((text) => ({ text, refused: false })) },
    // JSON.stringify writes a lone surrogate as its escape ("\ud800"); fetch would send the raw half as U+FFFD.
    { weight: 1, arbitrary: loneSurrogate.map((half) => ({ text: `{"type":"plain-request","title":${JSON.stringify(half)},"requester":{"userId":2}}`, refused: true })) },
  );

  it('never answers 500, refuses what cannot be stored with 400 naming the field, and answers every refusal as JSON', async () => {
    const key = (await createApiKey(t.api.services.orm.em.fork(), 'fuzzing host site')).key;
    await fc.assert(
      fc.asyncProperty(body, fc.option(fc.uuid(), { nil: undefined }), async ({ text, refused }, idempotencyKey) => {
        const response = await fetch(`${t.api.url}/intake/v1/tickets`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
          body: text,
        });
        const raw = await response.text();
        let parsed: IntakeAnswer['body'] = null;
        try {
          parsed = JSON.parse(raw) as IntakeAnswer['body'];
        } catch {
          // Left null: intakeProblemOf reports an answer that is not JSON.
        }
        const answer = { status: response.status, body: parsed };
        expect(intakeProblemOf(answer)).toBeNull();
        if (refused) {
          expect(answer.status).toBe(400);
          expect(answer.body?.error?.fieldErrors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS * 3, ...SEED },
    );
    recordFigures('input-fuzzing', { procedures: procedures.length, runsPerProcedure: RUNS, calls, ...Object.fromEntries([...codes].map(([code, n]) => [`answered ${code}`, n])) });
  });
});
