// The claim playground speaks the reader's language from its own catalogs (issue #18).
import './dom.js';
import { render, screen, within } from '@testing-library/react';
import { kitMessages, LanguageProvider, loadCatalog } from '@tickets/plugin-kit/widget';
import { catalogProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it, vi } from 'vitest';
import playground, { claimMessages, ReviewClaim } from '../src/widget/index.js';
import { claimProps, requesterRow, storedClaim } from './fixtures/claim-playground.js';

describe('claim-wca-id playground: its words', () => {
  it('has every key English has in Spanish and Polish, as valid ICU with the plurals each language needs', async () => {
    expect(await catalogProblems(claimMessages)).toEqual([]);
    expect(playground.messages).toBe(claimMessages);
  });

  it('shows the Delegate the claim in Spanish; names and the WCA ID as they are', async () => {
    await Promise.all([loadCatalog(claimMessages, 'es'), loadCatalog(kitMessages, 'es')]);
    const metadata = storedClaim();
    render(
      <LanguageProvider wanted={['es']} locale="es">
        <ReviewClaim {...claimProps({ metadata })} runAction={vi.fn().mockResolvedValue(undefined)} busy={false} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('heading', { name: `Solicitud del WCA ID ${metadata.wcaId}` })).toBeInTheDocument();
    const claim = screen.getByLabelText('La solicitud');
    expect(within(claim).getByText('Solicitado por').nextElementSibling).toHaveTextContent(`${requesterRow.principal.name} (usuario ${metadata.requesterUserId})`);
    expect(screen.getByRole('heading', { name: 'Decidir' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Motivo del rechazo' })).toBeInTheDocument();
  });
});
