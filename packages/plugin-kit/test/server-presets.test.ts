import { DomainError, type Stakeholder, type Viewer } from '@tickets/domain';
import { describe, expect, it } from 'vitest';
import { REJECTION_REASON_MAX_LENGTH, REJECTION_REASON_MIN_LENGTH, rejectAction, rejectionInput, saying, whileOpen } from '../src/index.js';
import { type ActionRunContext, changeOf, MetadataFieldError, metadataChanges, type PluginDirectory, rejectWithReason, type SqlClient } from '../src/server/index.js';

describe('MetadataFieldError', () => {
  it('names the filed field in its issues (answered as fieldErrors) and in its details', () => {
    const error = new MetadataFieldError('edit_person.unchanged', ['changes', 0, 'newValue'], 'Name is already that.');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'invalid', code: 'edit_person.unchanged', message: 'Name is already that.', details: { field: 'metadata.changes.0.newValue' } });
    expect(error.issues).toEqual([{ path: ['metadata', 'changes', 0, 'newValue'], message: 'Name is already that.' }]);
  });

  it('names a field of an action’s input, with the kind of refusal it is', () => {
    const error = new MetadataFieldError('claim_wca_id.already_named', ['delegateUserId'], 'Dan is already named.', { kind: 'conflict', of: 'input' });
    expect(error).toMatchObject({ kind: 'conflict', details: { field: 'input.delegateUserId' } });
    expect(error.issues).toEqual([{ path: ['input', 'delegateUserId'], message: 'Dan is already named.' }]);
  });
});

describe('metadata.changed entries', () => {
  it('lists the labelled fields that changed, in the order of the labels, and nothing for the same value', () => {
    const before: { note: string | null; status: string; preview: { entries: number[] } } = { note: null, status: 'open', preview: { entries: [1] } };
    const after = { note: 'Seen', status: 'open', preview: { entries: [1] } };
    expect(metadataChanges(before, after, { preview: 'preview', status: 'status', note: 'note' })).toEqual([{ field: 'note', label: 'note', before: null, after: 'Seen' }]);
    expect(changeOf('preview', 'preview', { entries: [1] }, { entries: [2] })).toEqual([{ field: 'preview', label: 'preview', before: { entries: [1] }, after: { entries: [2] } }]);
    expect(changeOf('note', 'note', 'a', 'a')).toEqual([]);
  });
});

describe('reject with a reason', () => {
  it('takes a trimmed reason of REJECTION_REASON_MIN_LENGTH to REJECTION_REASON_MAX_LENGTH characters, saying why in the words of what is rejected', () => {
    const input = rejectionInput('claim');
    expect(input.parse({ reason: '  Not his profile.  ' })).toEqual({ reason: 'Not his profile.' });
    expect(input.safeParse({ reason: ' '.repeat(5) + 'x'.repeat(REJECTION_REASON_MIN_LENGTH - 1) }).error?.issues[0]?.message).toBe('Say why the claim is rejected; the requester reads it.');
    expect(input.safeParse({}).error?.issues[0]?.message).toBe('Say why the claim is rejected; the requester reads it.');
    expect(input.safeParse({ reason: 'x'.repeat(REJECTION_REASON_MAX_LENGTH) }).success).toBe(true);
    expect(input.safeParse({ reason: 'x'.repeat(REJECTION_REASON_MAX_LENGTH + 1) }).error?.issues[0]?.message).toBe('A reason can be at most 1,000 characters long.');
  });

  it('declares the action with that input and the type’s own check', () => {
    const action = rejectAction({ what: 'request', title: 'Reject', can: whileOpen });
    expect(action.title).toBe('Reject');
    expect(action.can).toBe(whileOpen);
    expect(action.input.safeParse({ reason: 'no' }).error?.issues[0]?.message).toBe('Say why the request is rejected; the requester reads it.');
  });

  it('keeps the reason, logs the change and moves to the status given', async () => {
    const effect = rejectWithReason<{ wcaId: string; rejectionReason: string | null }>({
      moveTo: 'Rejected',
      summary: ({ metadata, reason }) => saying('rejected', { wcaId: metadata.wcaId, reason }),
    });
    const context = {
      viewer: {} as Viewer,
      actingAs: {} as Stakeholder,
      stakeholders: [],
      ticket: { id: 1, state: 'open', status: { id: 1, name: 'Requested', category: 'triage' } },
      metadata: { wcaId: '2015SMIT02', rejectionReason: null },
      input: { reason: 'Not his profile.' },
      db: {} as SqlClient,
      directory: {} as PluginDirectory,
      now: '2026-01-05T10:00:00.000Z',
    } satisfies ActionRunContext<{ wcaId: string; rejectionReason: string | null }, { reason: string }>;
    expect(await effect(context)).toEqual({
      summary: { said: 'summary.rejected', values: { wcaId: '2015SMIT02', reason: 'Not his profile.' } },
      metadata: { wcaId: '2015SMIT02', rejectionReason: 'Not his profile.' },
      changes: [{ field: 'rejectionReason', label: 'rejection reason', before: null, after: 'Not his profile.' }],
      moveTo: 'Rejected',
    });
  });
});
