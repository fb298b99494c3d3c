// The anonymization playground speaks the reader's language from its own catalogs (issue #18).
import { render, screen, within } from '@testing-library/react';
import { kitMessages, LanguageProvider, loadCatalog } from '@tickets/plugin-kit/widget';
import { catalogProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it, vi } from 'vitest';
import playground, { AnonymizationReview, anonymizationMessages } from '../src/widget/index.js';
import { scene } from './widget/playground-data.js';

describe('anonymization playground: its words', () => {
  it('has every key English has in Spanish and Polish, as valid ICU with the plurals each language needs', async () => {
    expect(await catalogProblems(anonymizationMessages)).toEqual([]);
    expect(playground.messages).toBe(anonymizationMessages);
  });

  it('shows the results team the request in Polish: scope, preview table and actions; the values as the directory holds them', async () => {
    await Promise.all([loadCatalog(anonymizationMessages, 'pl'), loadCatalog(kitMessages, 'pl')]);
    render(
      <LanguageProvider wanted={['pl']} locale="pl">
        <AnonymizationReview {...scene()} runAction={vi.fn().mockResolvedValue(undefined)} busy={false} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Anonimizuj konto i profil' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Co zostanie zanonimizowane' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Rekord', 'Pole', 'Obecna wartość']);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toContain('Data urodzenia');
    expect(screen.getByRole('region', { name: 'Czynności' })).toBeInTheDocument();
  });
});
