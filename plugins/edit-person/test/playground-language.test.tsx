// @vitest-environment jsdom
// The edit-person playground speaks the reader's language from its own catalogs (issue #18).
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { kitMessages, LanguageProvider, loadCatalog } from '@tickets/plugin-kit/widget';
import { catalogProblems } from '@tickets/plugin-kit/widget/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import playground, { editPersonMessages, RequestSummary, ReviewChange } from '../src/widget/index.js';
import { scene, storedMetadata } from './playground-fixtures.js';

afterEach(() => cleanup());

describe('edit-person playground: its words', () => {
  it('has every key English has in Spanish and Polish, as valid ICU with the plurals each language needs', async () => {
    expect(await catalogProblems(editPersonMessages)).toEqual([]);
  });

  it('names its catalogs in its declaration, so the page loads them before a view first renders', () => {
    expect(playground.messages).toBe(editPersonMessages);
  });

  it('shows the results team the request in Polish: fields, values and the reject form; the values as stored', async () => {
    await Promise.all([loadCatalog(editPersonMessages, 'pl'), loadCatalog(kitMessages, 'pl')]);
    render(
      <LanguageProvider wanted={['pl']} locale="pl">
        <ReviewChange {...scene({ metadata: storedMetadata() })} runAction={vi.fn().mockResolvedValue(undefined)} busy={false} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Wnioskowana zmiana' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Wnioskowane pola' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Pole', 'Obecna (stara) wartość', 'Nowa wartość', 'Zmień']);
    const gender = within(table).getByRole('row', { name: /^Płeć/ });
    expect(within(gender).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['nie ustawiono', 'Kobieta', 'EdytujUsuń']);
    expect(within(table).getByRole('row', { name: /^Imię i nazwisko/ })).toHaveTextContent('Rita Lopes Silva');
    expect(screen.getByRole('textbox', { name: 'Powód odrzucenia' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Albo go odrzuć' })).toBeInTheDocument();
  });

  it('shows the requester her request in Spanish', async () => {
    await loadCatalog(editPersonMessages, 'es');
    render(
      <LanguageProvider wanted={['es']} locale="es">
        <RequestSummary {...scene({ metadata: storedMetadata(), requester: true })} runAction={vi.fn()} busy={false} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('heading', { name: 'El cambio que solicitaste' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Valor solicitado' })).toBeInTheDocument();
  });
});
