// Property-based fuzzing of every procedure's input over HTTP: values shaped by the procedure's own
// zod schema (as JSON Schema), the same with wrong types mixed in, and plain garbage. Whatever comes
// in, the API never answers 500 / INTERNAL_SERVER_ERROR, and every BAD_REQUEST names its fields.
import { appRouter, startTestApi } from '@tickets/api/testing';
import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordFigures } from './support/figures.js';
import { arbitraryFor, type JsonSchema } from './support/json-schema-arbitrary.js';
import { callWire, postRaw, type ProcedureKind, type WireAnswer } from './support/wire.js';

const RUNS = Number(process.env.FC_NUM_RUNS ?? 40);

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
        { numRuns: RUNS, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
      );
    });
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
    recordFigures('input-fuzzing', { procedures: procedures.length, runsPerProcedure: RUNS, calls, ...Object.fromEntries([...codes].map(([code, n]) => [`answered ${code}`, n])) });
  });
});
