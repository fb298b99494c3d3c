// The type's words: every language the server speaks has every key, and the Delegates' refusals
// read in the reader's language, the names and the phrase they put in included, as does what its
// actions did.
import type { Stakeholder, Viewer } from '@tickets/domain';
import { type ActionSaid, refuse, saying } from '@tickets/plugin-kit';
import { refusalSentence, saidSentence, typeWords } from '@tickets/plugin-kit/server';
import { typeWordProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it } from 'vitest';
import definition, { type ClaimWcaIdStored } from '../src/index.js';
import server from '../src/server/index.js';

const delegates = [{ kind: 'group', id: 4, name: 'Delegates' }];
const dan: Viewer = { userId: 6, name: 'Dan Delegate', isSiteAdmin: false, memberships: delegates };
const dora: Viewer = { userId: 5, name: 'Dora Delegate', isSiteAdmin: false, memberships: delegates };
const requesterRow: Stakeholder = { id: 1, principal: { kind: 'user', id: 9, name: 'John Smith' }, connection: 'cc', role: 'requester', isActive: true };
const doraRow: Stakeholder = { id: 2, principal: { kind: 'user', id: 5, name: 'Dora Delegate' }, connection: 'assigned', role: 'actioner', isActive: true };
const danInCc: Stakeholder = { id: 3, principal: { kind: 'user', id: 6, name: 'Dan Delegate' }, connection: 'cc', role: 'actioner', isActive: true };
const stored: ClaimWcaIdStored = { personId: 2, wcaId: '2015SMIT02', delegateUserId: 5, requesterUserId: 9, message: null, rejectionReason: null, handedTo: [] };
const actions = definition.actions!;

/** Why `viewer`, acting as `actingAs`, may not run `action`, in `locale`. */
function refusal(action: keyof typeof actions, viewer: Viewer, actingAs: Stakeholder, locale: string, stakeholders = [requesterRow, doraRow, danInCc], metadata = stored): string {
  const verdict = actions[action].can({
    viewer,
    actingAs,
    stakeholders,
    ticket: { id: 42, state: 'open', status: { id: 10, name: 'Requested', category: 'triage' } },
    metadata,
  });
  if (verdict === true) throw new Error(`${action} is allowed`);
  return refusalSentence(verdict, typeWords(definition, server.words, [locale]));
}

describe("claim-wca-id: the type's words", () => {
  it('has every word in every language the server speaks', async () => {
    expect(await typeWordProblems(server)).toEqual([]);
  });

  it('says its refusals in English as before, and in Spanish and Polish', () => {
    expect(refusal('handOver', dan, danInCc, 'en')).toBe('Only the Delegate this request is assigned to (Dora Delegate) can hand it over.');
    expect(refusal('handOver', dan, danInCc, 'es')).toBe('Solo el Delegado al que está asignada esta solicitud (Dora Delegate) puede traspasarla.');
    expect(refusal('handOver', dan, danInCc, 'pl')).toBe('Tylko Delegat, któremu przypisano ten wniosek (Dora Delegate), może go przekazać.');
    // Nobody holds it: the sentence without names.
    expect(refusal('reject', dan, danInCc, 'es', [requesterRow, danInCc])).toBe('Solo el Delegado al que está asignada esta solicitud puede rechazarla.');
    expect(refusal('reject', dan, danInCc, 'pl', [requesterRow, danInCc])).toBe('Tylko Delegat, któremu przypisano ten wniosek, może go odrzucić.');
    const ownClaim = { ...stored, requesterUserId: dora.userId };
    expect(refusal('approve', dora, doraRow, 'es', undefined, ownClaim)).toBe('No puedes aprobar tu propia solicitud; traspásala a otro Delegado.');
    expect(refusal('approve', dora, doraRow, 'pl', undefined, ownClaim)).toBe('Nie możesz zatwierdzić własnego wniosku; przekaż go innemu Delegatowi.');
  });

  it('puts its own phrase into the kit\'s "only members of" sentence', () => {
    const ben: Viewer = { userId: 4, name: 'Ben Okafor', isSiteAdmin: false, memberships: [{ kind: 'group', id: 1, name: 'WRT' }] };
    const benAssigned: Stakeholder = { id: 5, principal: { kind: 'user', id: 4, name: 'Ben Okafor' }, connection: 'assigned', role: 'actioner', isActive: true };
    expect(refusal('approve', ben, benAssigned, 'es', [requesterRow, benAssigned])).toBe('Solo los miembros de Delegates pueden aprobar una solicitud de WCA ID.');
    expect(refusal('approve', ben, benAssigned, 'pl', [requesterRow, benAssigned])).toBe('Tylko członkowie Delegates mogą zatwierdzić wniosek o WCA ID.');
  });

  it("says what its actions did in the reader's language, the names and WCA ID as given", () => {
    const said = (summary: ActionSaid) => ['en', 'es', 'pl'].map((locale) => saidSentence(summary, typeWords(definition, server.words, [locale])));
    expect(said(saying('approved', { requester: 'John Smith', person: 'John Smith', wcaId: '2015SMIT02' }))).toEqual([
      'Linked John Smith’s account to the profile John Smith (2015SMIT02).',
      'Vinculó la cuenta de John Smith al perfil John Smith (2015SMIT02).',
      'Połączono konto użytkownika John Smith z profilem John Smith (2015SMIT02).',
    ]);
    expect(said(saying('rejected', { wcaId: '2016OKAF01' }))).toEqual([
      'Rejected the claim to WCA ID 2016OKAF01.',
      'Rechazó la solicitud del WCA ID 2016OKAF01.',
      'Odrzucono wniosek o WCA ID 2016OKAF01.',
    ]);
    expect(said(saying('handedOver', { delegate: 'Dan Delegate' }))).toEqual([
      'Handed the request to Dan Delegate.',
      'Traspasó la solicitud a Dan Delegate.',
      'Przekazano wniosek Delegatowi Dan Delegate.',
    ]);
  });

  it('names the type and its statuses in Spanish and Polish', () => {
    expect(typeWords(definition, server.words, ['es']).t('title')).toBe('Reclamar un WCA ID');
    expect(typeWords(definition, server.words, ['pl']).t('title')).toBe('Złóż wniosek o WCA ID');
    expect(typeWords(definition, server.words, ['pl']).status('Approved')).toBe('Zatwierdzone');
  });

  it("says the rules its server checks in the reader's language, the profile named by its WCA ID or else its id", () => {
    const said = (name: string, values: Record<string, string>) => ['en', 'es', 'pl'].map((locale) => refusalSentence(refuse(name, values), typeWords(definition, server.words, [locale])));
    expect(said('requesterAlreadyLinked', { profile: 'unknown', personId: '7' })).toEqual([
      'Your account is already linked to the WCA ID of person #7; an account can have only one competitor profile.',
      'Tu cuenta ya está vinculada al WCA ID de la persona n.º 7; una cuenta solo puede tener un perfil de competidor.',
      'Twoje konto jest już połączone z WCA ID osoby nr 7; konto może mieć tylko jeden profil zawodnika.',
    ]);
    expect(said('requesterLinkedMeanwhile', { name: 'John Smith' })).toEqual([
      'John Smith’s account was linked to another profile after this request was filed; reject this request.',
      'La cuenta de John Smith se vinculó a otro perfil después de presentarse esta solicitud; rechaza esta solicitud.',
      'Po złożeniu tego wniosku konto użytkownika John Smith połączono z innym profilem; odrzuć ten wniosek.',
    ]);
  });
});
