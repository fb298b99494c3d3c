// @vitest-environment jsdom
// The bug report playground speaks the reader's language from its own catalogs (issue #18).
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { kitMessages, LanguageProvider, loadCatalog } from '@tickets/plugin-kit/widget';
import { catalogProblems, teamScene } from '@tickets/plugin-kit/widget/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import bugReport from '../src/index.js';
import playground, { BugReportReview } from '../src/widget/index.js';
import { bugReportMessages } from '../src/widget/i18n/messages.js';

afterEach(() => cleanup());

const metadata = { page: 'https://www.worldcubeassociation.org/competitions', description: 'The list shows no competitions in Peru.', note: null };

function renderReview(lang: string) {
  const props = teamScene(bugReport, { team: 'WST', metadata });
  render(
    <LanguageProvider wanted={[lang]} locale={lang}>
      <BugReportReview {...props} runAction={vi.fn().mockResolvedValue(undefined)} busy={false} />
    </LanguageProvider>,
  );
}

describe('bug report playground: its words', () => {
  it('has every key English has in Spanish and Polish, as valid ICU with the plurals each language needs', async () => {
    expect(await catalogProblems(bugReportMessages)).toEqual([]);
  });

  it('names its catalogs in its declaration, so the page loads them before the view first renders', () => {
    expect(playground.messages).toBe(bugReportMessages);
  });

  it('speaks Polish on a Polish page; what the reporter wrote and the actions the API titles stay as they are', async () => {
    await Promise.all([loadCatalog(bugReportMessages, 'pl'), loadCatalog(kitMessages, 'pl')]);
    renderReview('pl');
    expect(screen.getByRole('heading', { name: 'Zgłoszenie błędu' })).toBeInTheDocument();
    expect(screen.getByText('Co się dzieje').nextElementSibling).toHaveTextContent(metadata.description);
    expect(screen.getByText('Nie ma jeszcze notatki.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Potwierdź lub napraw błąd' });
    expect(form).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Notatka (opcjonalna)' })).toHaveAccessibleDescription('Zostaje przy zgłoszeniu i widzą ją wszyscy w zgłoszeniu, także zgłaszający.');
    expect(screen.getByRole('button', { name: 'Confirm the bug' })).toBeInTheDocument();
  });

  it('speaks English by default, in the words it always had', () => {
    renderReview('en');
    expect(screen.getByRole('heading', { name: 'Report' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toHaveAccessibleDescription('Kept with the report and shown to everyone on the ticket, the reporter too.');
  });
});
