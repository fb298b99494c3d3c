import type { Stakeholder, Viewer } from '@tickets/domain';
import { refusalSentence, typeWords } from '@tickets/plugin-kit/server';
import { describe, expect, it } from 'vitest';
import claimWcaId, { ClaimWcaIdMetadata, type ClaimWcaIdStored, HandOverInput, RejectInput } from '../src/index.js';
import claimWcaIdServer from '../src/server/index.js';

const delegates = [{ kind: 'group', id: 4, name: 'Delegates' }];
const viewers = {
  john: { userId: 9, name: 'John Smith', isSiteAdmin: false, memberships: [] },
  dora: { userId: 5, name: 'Dora Delegate', isSiteAdmin: false, memberships: delegates },
  dan: { userId: 6, name: 'Dan Delegate', isSiteAdmin: false, memberships: delegates },
  ben: { userId: 4, name: 'Ben Okafor', isSiteAdmin: false, memberships: [{ kind: 'group', id: 1, name: 'WRT' }] },
} satisfies Record<string, Viewer>;

const requesterRow: Stakeholder = { id: 1, principal: { kind: 'user', id: 9, name: 'John Smith' }, connection: 'cc', role: 'requester', isActive: true };
const doraRow: Stakeholder = { id: 2, principal: { kind: 'user', id: 5, name: 'Dora Delegate' }, connection: 'assigned', role: 'actioner', isActive: true };
const danInCc: Stakeholder = { id: 3, principal: { kind: 'user', id: 6, name: 'Dan Delegate' }, connection: 'cc', role: 'actioner', isActive: true };

const metadata: ClaimWcaIdStored = {
  personId: 2,
  wcaId: '2015SMIT02',
  delegateUserId: 5,
  requesterUserId: 9,
  message: null,
  rejectionReason: null,
  handedTo: [],
};

const actions = claimWcaId.actions!;

function check(action: keyof typeof actions, viewer: Viewer, actingAs: Stakeholder, overrides: { stakeholders?: Stakeholder[]; state?: 'open' | 'closed'; metadata?: ClaimWcaIdStored } = {}) {
  const state = overrides.state ?? 'open';
  const verdict = actions[action].can({
    viewer,
    actingAs,
    stakeholders: overrides.stakeholders ?? [requesterRow, doraRow, danInCc],
    ticket: { id: 42, state, status: { id: 10, name: state === 'open' ? 'Requested' : 'Approved', category: state === 'open' ? 'triage' : 'done' } },
    metadata: overrides.metadata ?? metadata,
  });
  // A refusal is words until the server says them: here as an English reader gets it.
  return verdict === true ? true : refusalSentence(verdict, typeWords(claimWcaId, claimWcaIdServer.words, ['en']));
}

describe('claim-wca-id: what is filed', () => {
  it('takes a WCA ID as typed, trimmed and upper-cased', () => {
    expect(ClaimWcaIdMetadata.parse({ wcaId: ' 2015smit02 ', delegateUserId: 5 })).toEqual({ wcaId: '2015SMIT02', delegateUserId: 5 });
  });

  it('refuses a WCA ID of the wrong shape and a missing Delegate, saying what is expected', () => {
    const result = ClaimWcaIdMetadata.safeParse({ wcaId: '2015SMITH2' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['wcaId', 'A WCA ID is 4 digits, 4 letters and 2 digits, e.g. 2015SMIT02.'],
      ['delegateUserId', 'Choose the Delegate who knows you and can confirm this profile is yours.'],
    ]);
  });

  it('assigns the named Delegate as actioner (the core adds the requester)', () => {
    const filed = ClaimWcaIdMetadata.parse({ wcaId: '2015SMIT02', delegateUserId: 5 });
    expect(claimWcaId.startingStakeholders?.({ requesterId: 9, metadata: filed })).toEqual([
      { principal: { user: 5 }, connection: 'assigned', role: 'actioner' },
    ]);
  });

  it('asks for a reason to reject and a Delegate to hand over to', () => {
    expect(RejectInput.safeParse({ reason: ' ' }).error?.issues[0]?.message).toBe('Say why the claim is rejected; the requester reads it.');
    expect(HandOverInput.safeParse({}).error?.issues[0]?.message).toBe('Choose the Delegate to hand the request to.');
  });
});

describe('claim-wca-id: who may decide', () => {
  it('lets the assigned Delegate approve, reject and hand over', () => {
    for (const action of ['approve', 'reject', 'handOver'] as const) expect(check(action, viewers.dora, doraRow)).toBe(true);
  });

  it('refuses the requester and another Delegate in cc, naming the Delegate who holds the request', () => {
    expect(check('approve', viewers.john, requesterRow)).toBe('Only the Delegate this request is assigned to (Dora Delegate) can approve it.');
    expect(check('reject', viewers.dan, danInCc)).toBe('Only the Delegate this request is assigned to (Dora Delegate) can reject it.');
    expect(check('handOver', viewers.dan, danInCc)).toBe('Only the Delegate this request is assigned to (Dora Delegate) can hand it over.');
  });

  it('follows the stakeholders after a hand-over: the new assignee decides', () => {
    const doraInactive = { ...doraRow, isActive: false };
    const danAssigned: Stakeholder = { ...danInCc, id: 4, connection: 'assigned' };
    const stakeholders = [requesterRow, doraInactive, danAssigned];
    expect(check('approve', viewers.dan, danAssigned, { stakeholders })).toBe(true);
    expect(check('approve', viewers.john, requesterRow, { stakeholders })).toBe('Only the Delegate this request is assigned to (Dan Delegate) can approve it.');
  });

  it('names nobody when no Delegate holds the request any more', () => {
    expect(check('approve', viewers.john, requesterRow, { stakeholders: [requesterRow] })).toBe('Only the Delegate this request is assigned to can approve it.');
  });

  it('does not let an assignee who is not a Delegate approve, nor anyone approve their own claim', () => {
    const benAssigned: Stakeholder = { id: 5, principal: { kind: 'user', id: 4, name: 'Ben Okafor' }, connection: 'assigned', role: 'actioner', isActive: true };
    expect(check('approve', viewers.ben, benAssigned, { stakeholders: [requesterRow, benAssigned] })).toBe('Only members of Delegates can approve a WCA ID claim.');
    const ownClaim = { ...metadata, requesterUserId: 5 };
    expect(check('approve', viewers.dora, doraRow, { metadata: ownClaim })).toBe('You cannot approve your own claim; hand it over to another Delegate.');
  });

  it('does nothing on a closed request', () => {
    expect(check('approve', viewers.dora, doraRow, { state: 'closed' })).toBe('Ticket #42 is closed; reopen it first.');
  });
});
