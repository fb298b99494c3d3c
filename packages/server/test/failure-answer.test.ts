// The intake answers failures without tRPC (src/http/failure-answer.ts), with tRPC's codes: a host
// site and a widget must get the same code, status and words for the same refusal.
import { DOMAIN_ERROR_KINDS, DomainError } from '@tickets/domain';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { describe, expect, it } from 'vitest';
import { STATUS_OF_FAILURE_CODE, type FailureCode } from '../src/http/failure-answer.js';
import { InvalidFields } from '../src/input/invalid-fields.js';
import { intakeErrorFrom } from '../src/modules/intake/intake-error.js';
import { toTRPCError } from '../src/trpc/error-mapping.js';

const FAILURES: Record<string, () => unknown> = {
  ...Object.fromEntries(DOMAIN_ERROR_KINDS.map((kind) => [`a broken rule of kind ${kind}`, () => new DomainError(kind, `test.${kind}`, `Refused as ${kind}.`)])),
  'bad fields': () => new InvalidFields('The details are not valid: metadata.reason: Say why.', [{ path: ['metadata', 'reason'], message: 'Say why.' }]),
  'the database unreachable': () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
  'a defect': () => new TypeError("Cannot read properties of undefined (reading 'id')"),
};

describe('the intake and tRPC answer a failure alike', () => {
  it.each(Object.entries(FAILURES))('%s: same code, HTTP status and message', (_, make) => {
    const trpc = toTRPCError(make());
    const intake = intakeErrorFrom(make());
    expect({ status: intake.status, code: intake.code, message: intake.message }).toEqual({
      status: getHTTPStatusCodeFromError(trpc),
      code: trpc.code,
      message: trpc.message,
    });
  });

  it('gives each code the HTTP status tRPC gives it', () => {
    for (const [code, status] of Object.entries(STATUS_OF_FAILURE_CODE)) {
      expect([code, getHTTPStatusCodeFromError(new TRPCError({ code: code as FailureCode }))]).toEqual([code, status]);
    }
  });
});
