import type { Stakeholder, Viewer } from '@tickets/domain';
import type { ActionCheckContext, ActionSaid, Verdict } from '@tickets/plugin-kit';
import { refusalSentence, saidSentence, typeWords } from '@tickets/plugin-kit/server';
import { describe, expect, it } from 'vitest';
import ticketType, {
  AnonymizationRequest,
  anonymizationActions as actions,
  type AnonymizationStored,
  anonymizationPreview,
  describePreviewFields,
  type SubjectRecords,
} from '../src/index.js';
import server, { describeAnonymization } from '../src/server/index.js';
import { inMemoryDirectory } from './fixtures/in-memory-directory.js';
import { anaOfWrt, rita, ritaStakeholder, wesOfWst, wrtStakeholder } from './fixtures/viewers.js';

const ritaRecords: SubjectRecords = {
  user: { id: 2, name: 'Rita Lopes', email: 'rita@example.org', anonymizedAt: null },
  person: { id: 1, name: 'Rita Lopes', dateOfBirth: '1998-04-12', gender: 'f' },
  personHistoryCount: 2,
};

/** Rita's request to forget her account and profile, as filed: the preview of her records, nothing decided yet. */
const stored: AnonymizationStored = {
  userId: 2,
  personId: 1,
  scope: 'account_and_profile',
  reason: null,
  preview: { takenAt: '2026-01-01T00:00:00.000Z', entries: anonymizationPreview('account_and_profile', ritaRecords) },
  anonymizedAt: null,
  rejectionReason: null,
};

function issuesOf(metadata: unknown): [string, string][] {
  const result = AnonymizationRequest.safeParse(metadata);
  return (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
}

describe('anonymization: what is filed', () => {
  it('accepts a scope alone (the user defaults to the requester on the server)', () => {
    expect(AnonymizationRequest.parse({ scope: 'account' })).toEqual({ scope: 'account' });
  });

  it('refuses a missing or unknown scope, a bad user id and an overlong reason, saying what to do', () => {
    expect(issuesOf({})).toEqual([
      ['scope', "Choose what to anonymize: 'account' (the account only) or 'account_and_profile' (the account and the competitor profile)."],
    ]);
    expect(issuesOf({ scope: 'everything', userId: 2.5, reason: 'x'.repeat(1001) })).toEqual([
      ['scope', "Choose what to anonymize: 'account' (the account only) or 'account_and_profile' (the account and the competitor profile)."],
      ['userId', 'A user id is a whole number.'],
      ['reason', 'A reason can be at most 1,000 characters long.'],
    ]);
  });
});

describe('anonymization: the preview', () => {
  it('lists the account’s name and e-mail with their current values for "account only", and nothing of the profile', () => {
    expect(anonymizationPreview('account', ritaRecords)).toEqual([
      { record: 'user', recordId: 2, field: 'name', currentValue: 'Rita Lopes' },
      { record: 'user', recordId: 2, field: 'email', currentValue: 'rita@example.org' },
    ]);
  });

  it('adds the profile’s name, date of birth, gender and history count for "account and profile"', () => {
    expect(anonymizationPreview('account_and_profile', ritaRecords)).toEqual([
      { record: 'user', recordId: 2, field: 'name', currentValue: 'Rita Lopes' },
      { record: 'user', recordId: 2, field: 'email', currentValue: 'rita@example.org' },
      { record: 'person', recordId: 1, field: 'name', currentValue: 'Rita Lopes' },
      { record: 'person', recordId: 1, field: 'dateOfBirth', currentValue: '1998-04-12' },
      { record: 'person', recordId: 1, field: 'gender', currentValue: 'f' },
      { record: 'person_history', recordId: 1, field: 'rows', currentValue: 2 },
    ]);
  });

  it('leaves out what is already anonymized and a history with no entries, so an empty preview means nothing is left', () => {
    const anonymized: SubjectRecords = {
      user: { ...ritaRecords.user, name: 'Anonymous 2', email: null, anonymizedAt: '2026-01-01T00:00:00.000Z' },
      person: { id: 1, name: 'Anonymous', dateOfBirth: null, gender: null },
      personHistoryCount: 0,
    };
    expect(anonymizationPreview('account_and_profile', anonymized)).toEqual([]);
    const withoutHistory = anonymizationPreview('account_and_profile', { ...ritaRecords, personHistoryCount: 0 });
    expect(withoutHistory.some((entry) => entry.record === 'person_history')).toBe(false);
    expect(anonymizationPreview('account_and_profile', { ...ritaRecords, person: null })).toHaveLength(2);
  });

  it('is described for the log by its fields only, never their values', () => {
    const description = describePreviewFields(anonymizationPreview('account_and_profile', ritaRecords));
    expect(description).toBe('user #2: name, e-mail; person #1: name, date of birth, gender; history of person #1: 2 history entries');
    for (const value of ['Rita', 'rita@example.org', '1998-04-12']) expect(description).not.toContain(value);
    expect(describePreviewFields([])).toBe('nothing left to anonymize');
  });
});

/** A permission check's verdict as the API says it in `locale` (true when allowed). */
function said(verdict: Verdict, locale = 'en') {
  return verdict === true ? true : refusalSentence(verdict, typeWords(ticketType, server.words, [locale]));
}

describe('anonymization: rules', () => {
  const check = (viewer: Viewer, actingAs: Stakeholder, state: 'open' | 'closed' = 'open'): ActionCheckContext<AnonymizationStored> => ({
    viewer,
    actingAs,
    stakeholders: [ritaStakeholder, wrtStakeholder],
    ticket: { id: 7, state, status: { id: 1001, name: state === 'open' ? 'Requested' : 'Anonymized', category: state === 'open' ? 'triage' : 'done' } },
    metadata: stored,
  });

  it('lets the results team run every action on an open ticket', () => {
    for (const action of Object.values(actions)) expect(action.can(check(anaOfWrt, wrtStakeholder))).toBe(true);
  });

  it('refuses everyone outside the results team, naming who may', () => {
    expect(said(actions.anonymize.can(check(rita, ritaStakeholder)))).toBe('Only members of WRT can anonymize an account.');
    expect(said(actions.refreshPreview.can(check(wesOfWst, ritaStakeholder)))).toBe('Only members of WRT can refresh the preview of an anonymization.');
    expect(said(actions.reject.can(check(rita, ritaStakeholder)))).toBe('Only members of WRT can reject an anonymization request.');
  });

  it('asks the team to reopen a closed ticket first', () => {
    expect(said(actions.anonymize.can(check(anaOfWrt, wrtStakeholder, 'closed')))).toBe('Ticket #7 is closed; reopen it first.');
  });

  it('says its refusals in Spanish and Polish too', () => {
    expect(said(actions.anonymize.can(check(rita, ritaStakeholder)), 'es')).toBe('Solo los miembros de WRT pueden anonimizar una cuenta.');
    expect(said(actions.reject.can(check(rita, ritaStakeholder)), 'pl')).toBe('Tylko członkowie WRT mogą odrzucać wnioski o anonimizację.');
    expect(said(actions.anonymize.can(check(anaOfWrt, wrtStakeholder, 'closed')), 'pl')).toBe('Zgłoszenie #7 jest zamknięte; najpierw otwórz je ponownie.');
  });

  it('starts every ticket with the results team assigned as actioner', () => {
    expect(ticketType.startingStakeholders?.({ requesterId: 2, metadata: { scope: 'account' } })).toEqual([
      { principal: { group: 'WRT' }, connection: 'assigned', role: 'actioner' },
    ]);
  });

  it('lets nobody move a ticket to Anonymized by hand: only the action gets there', () => {
    const targets = Object.values(ticketType.transitions ?? {}).flatMap((rule) => rule.to);
    expect(targets).not.toContain('Anonymized');
    expect(ticketType.lifecycle?.defaults.closed).toBe('Anonymized');
  });

  it('rejects with a reason, which is required', () => {
    expect(actions.reject.input.safeParse({ reason: '  ' }).error?.issues[0]?.message).toBe('Say why the request is rejected; the requester reads it.');
  });

  it('takes a rejection reason of 3 to 1,000 characters, the rule every type and the reject form share', () => {
    // Was 1 to 1,000 here alone; the plugin-kit's REJECTION_REASON_MIN_LENGTH is 3 for every type.
    expect(actions.reject.input.safeParse({ reason: 'No' }).error?.issues[0]?.message).toBe('Say why the request is rejected; the requester reads it.');
    expect(actions.reject.input.safeParse({ reason: 'No.' }).success).toBe(true);
    expect(actions.reject.input.safeParse({ reason: 'x'.repeat(1001) }).error?.issues[0]?.message).toBe('A reason can be at most 1,000 characters long.');
  });
});

/** What an action said it did, as the log keeps it: in English. */
function english(said: ActionSaid | null | undefined) {
  return said ? saidSentence(said, typeWords(ticketType, undefined, ['en'])) : said;
}

describe('anonymization: the log sentence of a run', () => {
  it('says what it replaced, and plainly that a second run changed nothing', () => {
    const sentence = (result: Parameters<typeof describeAnonymization>[0]) => english(describeAnonymization(result));
    expect(sentence({ userId: 9, userChanged: true, profile: null })).toBe('Anonymized the account of user #9.');
    expect(sentence({ userId: 9, userChanged: false, profile: null })).toBe('Nothing changed: the account of user #9 was already anonymized.');
    expect(sentence({ userId: 2, userChanged: true, profile: { personId: 1, changed: true, historyRemoved: 2 } })).toBe(
      'Anonymized the account of user #2 and the competitor profile of person #1 (deleting its 2 history entries).',
    );
    expect(sentence({ userId: 2, userChanged: true, profile: { personId: 1, changed: true, historyRemoved: 0 } })).toBe(
      'Anonymized the account of user #2 and the competitor profile of person #1.',
    );
    expect(sentence({ userId: 2, userChanged: true, profile: { personId: 1, changed: false, historyRemoved: 0 } })).toBe(
      'Anonymized the account of user #2. The competitor profile of person #1 was already anonymized.',
    );
    expect(sentence({ userId: 2, userChanged: false, profile: { personId: 1, changed: false, historyRemoved: 0 } })).toBe(
      'Nothing changed: the account of user #2 and the competitor profile of person #1 were already anonymized.',
    );
    expect(sentence({ userId: 2, userChanged: false, profile: { personId: 1, changed: true, historyRemoved: 1 } })).toBe(
      'Anonymized the competitor profile of person #1 (deleting its 1 history entry). The account of user #2 was already anonymized.',
    );
    expect(sentence({ userId: 6, userChanged: true, profile: { personId: null, changed: false, historyRemoved: 0 } })).toBe(
      'Anonymized the account of user #6. User #6 is not linked to a competitor profile, so no profile was anonymized.',
    );
    expect(sentence({ userId: 6, userChanged: false, profile: { personId: null, changed: false, historyRemoved: 0 } })).toBe(
      'Nothing changed: the account of user #6 was already anonymized. User #6 is not linked to a competitor profile, so no profile was anonymized.',
    );
    // Ids and counts as written, as the log said them before it kept words.
    expect(sentence({ userId: 12345, userChanged: true, profile: { personId: 6789, changed: true, historyRemoved: 1500 } })).toBe(
      'Anonymized the account of user #12345 and the competitor profile of person #6789 (deleting its 1500 history entries).',
    );
  });
});

describe('anonymization: the anonymize effect, run twice', () => {
  it('anonymizes once, then changes nothing and says so, keeping the first time it ran', async () => {
    const fake = inMemoryDirectory({
      users: [{ id: 2, name: 'Rita Lopes', email: 'rita@example.org', personId: 1, anonymizedAt: null }],
      persons: [{ id: 1, wcaId: '2019LOPE01', name: 'Rita Lopes', countryIso2: 'PT', dateOfBirth: '1998-04-12', gender: 'f', updatedAt: '2026-01-01T00:00:00.000Z' }],
      history: { 1: 2 },
    });
    const run = (metadata: AnonymizationStored, now: string) =>
      server.effects.anonymize({ ...check(metadata), input: {}, db: fake.db, directory: fake.directory, now });
    const check = (metadata: AnonymizationStored) => ({
      viewer: anaOfWrt,
      actingAs: wrtStakeholder,
      stakeholders: [ritaStakeholder, wrtStakeholder],
      ticket: { id: 7, state: 'open' as const, status: { id: 1001, name: 'Requested', category: 'triage' as const } },
      metadata,
    });

    const first = await run(stored, '2026-02-01T10:00:00.000Z');
    expect(english(first.summary)).toBe('Anonymized the account of user #2 and the competitor profile of person #1 (deleting its 2 history entries).');
    expect(first.moveTo).toBe('Anonymized');
    expect(first.metadata).toMatchObject({ anonymizedAt: '2026-02-01T10:00:00.000Z', preview: { entries: [] } });
    const afterFirst = { user: fake.users.get(2), person: fake.persons.get(1) };

    const second = await run(first.metadata!, '2026-02-02T10:00:00.000Z');
    expect(english(second.summary)).toBe('Nothing changed: the account of user #2 and the competitor profile of person #1 were already anonymized.');
    expect(second.metadata?.anonymizedAt).toBe('2026-02-01T10:00:00.000Z');
    expect(second.changes?.map((change) => change.field)).toEqual(['preview']);
    expect({ user: fake.users.get(2), person: fake.persons.get(1) }).toEqual(afterFirst);
  });
});
