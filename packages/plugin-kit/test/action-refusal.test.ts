import { describe, expect, it } from 'vitest';
import { actionRefusal, formMessage } from '../src/widget/index.js';
import { actionFailure } from '../src/widget/testing/index.js';

describe('actionRefusal: one reading of the server’s refusal', () => {
  it('names each refused field by its name in the input, saying both messages of a field refused twice', () => {
    const refusal = actionRefusal(
      actionFailure('The input is not valid.', {
        fieldErrors: [
          { path: 'input.reason', message: 'Too short.' },
          { path: 'input.reason', message: 'Say why.' },
          { path: 'input.field', message: 'Choose a field.' },
          { path: 'input', message: 'Send an object.' },
        ],
      }),
    );
    expect(refusal).toEqual({
      message: 'The input is not valid.',
      code: 'BAD_REQUEST',
      domainCode: null,
      fieldErrors: { reason: 'Too short. Say why.', field: 'Choose a field.', input: 'Send an object.' },
    });
  });

  it('keeps the domain rule that refused, and reads anything else thrown as a sentence', () => {
    expect(actionRefusal(actionFailure('Out of sync.', { code: 'PRECONDITION_FAILED', domainCode: 'edit_person.out_of_sync' }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      domainCode: 'edit_person.out_of_sync',
      fieldErrors: {},
    });
    expect(actionRefusal(new Error('Network down.'))).toEqual({ message: 'Network down.', code: null, domainCode: null, fieldErrors: {} });
    expect(actionRefusal('nope').message).toBe('The action could not be run. Try again.');
  });

  it('says the form’s sentence only when a part of the refusal is not shown beside its field', () => {
    const reason = actionRefusal(actionFailure('The reason is too short.', { fieldErrors: [{ path: 'input.reason', message: 'Too short.' }] }));
    expect(formMessage(reason, ['reason'])).toBeNull();
    expect(formMessage(reason, ['note'])).toBe('The reason is too short.');
    expect(formMessage(actionRefusal(actionFailure('Closed.')), ['reason'])).toBe('Closed.');
    expect(formMessage(null, [])).toBeNull();
  });
});
