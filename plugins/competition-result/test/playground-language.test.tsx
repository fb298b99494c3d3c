// @vitest-environment jsdom
// The competition results playground speaks the reader's language from its own catalogs (issue #18).
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { Stakeholder, Viewer } from '@tickets/domain';
import { LanguageProvider, loadCatalog } from '@tickets/plugin-kit/widget';
import { catalogProblems, playgroundScene } from '@tickets/plugin-kit/widget/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ticketType, { type CompetitionResultStored } from '../src/index.js';
import { POSTING_STEPS } from '../src/posting-steps.js';
import playground, { competitionResultMessages, DelegateView, PostingChecklist } from '../src/widget/index.js';
import en from '../src/widget/i18n/catalogs/en.js';

afterEach(() => cleanup());

const porto = { kind: 'competition', id: 1, name: 'Porto Open 2026' } as const;
const wrt = { kind: 'group', id: 1, name: 'WRT' } as const;
const DORA: Stakeholder = { id: 11, principal: { kind: 'user', id: 5, name: 'Dora Delegate' }, connection: 'cc', role: 'requester', isActive: true };
const TEAM: Stakeholder = { id: 12, principal: wrt, connection: 'assigned', role: 'actioner', isActive: true };
const COMPETITION: Stakeholder = { id: 13, principal: porto, connection: 'cc', role: 'requester', isActive: true };
const ANA: Viewer = { userId: 3, name: 'Ana Kowalska', isSiteAdmin: false, memberships: [wrt] };
const DORA_VIEWER: Viewer = { userId: 5, name: 'Dora Delegate', isSiteAdmin: false, memberships: [porto] };

const submission: CompetitionResultStored = {
  competitionId: 1,
  competitionName: 'Porto Open 2026',
  results: 412,
  scrambles: 36,
  newcomers: ['Maria Newcomer', 'Jan Nowy'],
  note: null,
  submissions: 2,
  lock: { userId: 3, name: 'Ana Kowalska', since: '2026-01-05T10:30:00.000Z' },
  done: ['verifyWarnings'],
  warnings: [],
  wcaIds: [],
  abortReason: null,
};

function renderIn(lang: string, view: 'team' | 'delegate') {
  const scene = playgroundScene(ticketType, {
    metadata: submission,
    status: 'Warnings verified',
    viewer: view === 'team' ? ANA : DORA_VIEWER,
    actingAs: view === 'team' ? TEAM : COMPETITION,
    stakeholders: [DORA, TEAM, COMPETITION],
  });
  const View = view === 'team' ? PostingChecklist : DelegateView;
  render(
    <LanguageProvider wanted={[lang]} locale={lang}>
      <View {...scene} runAction={vi.fn().mockResolvedValue(undefined)} busy={false} />
    </LanguageProvider>,
  );
}

describe('competition results playground: its words', () => {
  it('has every key English has in Spanish and Polish, as valid ICU with the plurals each language needs', async () => {
    expect(await catalogProblems(competitionResultMessages)).toEqual([]);
  });

  it('names the posting steps in English as the type declares them (one list of steps)', () => {
    expect(POSTING_STEPS.map((step) => en[`step.${step.key}`])).toEqual(POSTING_STEPS.map((step) => step.title));
    expect(playground.messages).toBe(competitionResultMessages);
  });

  it('shows the results team its checklist in Polish, counts in Polish plurals', async () => {
    await loadCatalog(competitionResultMessages, 'pl');
    renderIn('pl', 'team');
    expect(screen.getByText('412 wyników, 36 zestawów scrambli, 2 nowych zawodników: Maria Newcomer, Jan Nowy.')).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'Kroki publikacji' });
    expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent('Zweryfikuj ostrzeżenia · Zrobione');
    expect(screen.getByRole('heading', { name: 'Porto Open 2026 · przesłanie 2' })).toBeInTheDocument();
  });

  it('tells the Delegates in Spanish how far posting got', async () => {
    await loadCatalog(competitionResultMessages, 'es');
    renderIn('es', 'delegate');
    expect(screen.getByRole('status')).toHaveTextContent('Ana Kowalska, del equipo de resultados, lo está publicando: 1 de 6 pasos hechos; siguiente: fusionar los resultados de la bandeja.');
  });

  it('keeps the English it always had', () => {
    renderIn('en', 'delegate');
    expect(screen.getByRole('status')).toHaveTextContent('Ana Kowalska of the results team is posting it: 1 of 6 steps done, next: merge the inbox results.');
    expect(screen.getByText('412 results, 36 scramble sets, 2 newcomers: Maria Newcomer, Jan Nowy.')).toBeInTheDocument();
  });
});
