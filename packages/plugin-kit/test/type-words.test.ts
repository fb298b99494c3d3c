import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ActionCheckContext, allOf, defineTicketType, invalidWords, onlyGroup, refuse, saying, whileOpen } from '../src/index.js';
import { changeLabels, englishTypeWords, refusalSentence, saidSentence, typeWords, type TypeWords } from '../src/server/index.js';
import { kitWordProblems, typeWordProblems } from '../src/widget/testing/index.js';

const definition = defineTicketType({
  type: 'lost-property',
  title: 'Lost property',
  metadata: z.object({}),
  words: { 'refusal.claimedBy': '{name} claimed it already.', 'doing.handOut': 'hand out lost property' },
  actions: {
    handOut: { title: 'Hand out', input: z.object({}), can: allOf(whileOpen, onlyGroup('Front desk', 'handOut')) },
    claim: { title: 'Claim', description: 'Say it is yours.', input: z.object({}), can: () => refuse('claimedBy', { name: 'Ana' }) },
  },
});
const words = {
  es: {
    title: 'Objetos perdidos',
    'action.handOut.title': 'Entregar',
    'action.claim.title': 'Reclamar',
    'action.claim.description': 'Di que es tuyo.',
    'refusal.claimedBy': '{name} ya lo reclamó.',
    'doing.handOut': 'entregar objetos perdidos',
  },
};
const viewer = { userId: 7, name: 'Rita', isSiteAdmin: false, memberships: [] };
type Check = ActionCheckContext<unknown>;
const context = (state: 'open' | 'closed'): Check =>
  ({ viewer, actingAs: {} as Check['actingAs'], stakeholders: [], metadata: {}, ticket: { id: 2, state, status: { id: 1, name: 'To do', category: 'to_do' } } });
/** What an action's check says in these words (the test's actions always refuse). */
const said = (action: 'handOut' | 'claim', state: 'open' | 'closed', words: TypeWords) => {
  const verdict = definition.actions![action]!.can(context(state));
  if (verdict === true) throw new Error(`${action} was allowed`);
  return refusalSentence(verdict, words);
};

describe("a type's words in the reader's language", () => {
  it("says the kit's refusals and the type's own in the language asked for, English where a language lacks a word", () => {
    const spanish = typeWords(definition, words, ['es-AR', 'en']);
    expect(spanish.locale).toBe('es');
    expect(said('handOut', 'closed', spanish)).toBe('El ticket #2 está cerrado; reábrelo primero.');
    expect(said('handOut', 'open', spanish)).toBe('Solo los miembros de Front desk pueden entregar objetos perdidos.');
    expect(said('claim', 'open', spanish)).toBe('Ana ya lo reclamó.');
    expect(spanish.t('title')).toBe('Objetos perdidos');
    // Polish is a language the server speaks, but this type has no Polish: its words fall back to English, the kit's are Polish.
    const polish = typeWords(definition, words, ['pl']);
    expect(polish.t('action.claim.title')).toBe('Claim');
    expect(said('handOut', 'open', polish)).toBe('Tylko członkowie Front desk mogą hand out lost property.');
    expect(said('handOut', 'open', typeWords(definition, words, []))).toBe('Only members of Front desk can hand out lost property.');
    // Statuses for mails: a system status in the reader's language, any other as written.
    expect([spanish.status('Done'), spanish.status('Blocked')]).toEqual(['Hecho', 'Blocked']);
    // A sentence given as text is said as written.
    expect(refusalSentence('Not today.', spanish)).toBe('Not today.');
  });

  it('says what an action did in the reader\'s language, its arguments that are words too', () => {
    const handed = defineTicketType({
      type: 'handed-property',
      title: 'Handed property',
      metadata: z.object({}),
      words: { 'summary.handedOut': 'Handed {count, plural, one {# thing} other {# things}} to {name} at the {desk}.', 'desk.front': 'front desk' },
    });
    const es = { title: 'Objetos entregados', 'summary.handedOut': 'Entregó {count, plural, one {# cosa} other {# cosas}} a {name} en la {desk}.', 'desk.front': 'recepción' };
    const said = saying('handedOut', { count: 2, name: 'Ana' }, { desk: 'desk.front' });
    expect(saidSentence(said, typeWords(handed, { es }, ['en']))).toBe('Handed 2 things to Ana at the front desk.');
    expect(saidSentence(said, typeWords(handed, { es }, ['es']))).toBe('Entregó 2 cosas a Ana en la recepción.');
    expect(saidSentence({ ...said, values: { count: 1, name: 'Ana' } }, typeWords(handed, { es }, ['es']))).toBe('Entregó 1 cosa a Ana en la recepción.');
  });

  it("says what its schemas refuse in the reader's language by the English the schema gives; other sentences as written", () => {
    const INVALID = { shelfMissing: 'Say on which shelf it is.' } as const;
    const shelved = defineTicketType({ type: 'shelved', title: 'Shelved', metadata: z.object({ shelf: z.string().min(1, INVALID.shelfMissing) }), words: invalidWords(INVALID) });
    const issue = shelved.metadata.safeParse({ shelf: '' }).error!.issues[0]!.message;
    const pl = { title: 'Na półce', 'invalid.shelfMissing': 'Podaj, na której półce to leży.' };
    expect(typeWords(shelved, { pl }, ['pl']).fieldMessage(issue)).toBe('Podaj, na której półce to leży.');
    expect(typeWords(shelved, { pl }, ['en']).fieldMessage(issue)).toBe('Say on which shelf it is.');
    expect(typeWords(shelved, { pl }, ['pl']).fieldMessage('Too small: expected string to have >=1 characters')).toBe('Too small: expected string to have >=1 characters');
  });

  it('lists what a type lacks: a language, a word English has, a word English lacks', async () => {
    expect(await kitWordProblems()).toEqual([]);
    const { 'action.handOut.title': _left, ...lacking } = words.es;
    expect(await typeWordProblems({ definition, words: { es: { ...lacking, 'refusal.unknown': 'x' } } })).toEqual([
      "lost-property: has no words in 'pl'.",
      "lost-property es: lacks 'action.handOut.title', which English has.",
      "lost-property es: has 'refusal.unknown', which English lacks.",
    ]);
    expect(await typeWordProblems({ definition, words: { ...words, pl: words.es } })).toEqual([]);
  });

  it("names what moving a ticket in asks and what its actions change by the type's words", () => {
    const moving = defineTicketType({
      type: 'found-property',
      title: 'Found property',
      metadata: z.object({}),
      words: { 'change.shelf': 'shelf' },
      moveIn: { from: ['lost-property'], fields: [{ key: 'where', label: 'Where found', hint: 'A room', choices: [{ value: 'hall', label: 'Hall' }] }] },
    });
    expect(englishTypeWords(moving)).toMatchObject({ 'moveIn.where.label': 'Where found', 'moveIn.where.hint': 'A room', 'moveIn.where.choice.hall': 'Hall', 'change.shelf': 'shelf' });
    expect(changeLabels(moving, ['shelf', 'box'])).toEqual({ shelf: 'shelf', box: 'box' });
  });
});
