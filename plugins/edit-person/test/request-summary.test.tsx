import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import playground from '../src/widget/index.js';
import { scene, storedMetadata } from './playground-fixtures.js';

afterEach(() => cleanup());

function renderRequesterView(metadata = storedMetadata()) {
  const View = playground.views.requester;
  if (!View) throw new Error('edit-person gives the requester no view: she would see only the title of her request.');
  const runAction = vi.fn();
  render(<View {...scene({ metadata, requester: true })} runAction={runAction} busy={false} />);
  return { runAction };
}

describe('edit-person playground: what the requester sees', () => {
  it('shows Rita her request read-only: each field with the profile’s value and the new one, and her proof link', () => {
    renderRequesterView();
    const table = screen.getByRole('table', { name: 'Requested fields' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((cell) => cell.textContent)]);
    expect(rows).toEqual([
      ['Name', 'Rita Lopes', 'Rita Lopes Silva'],
      ['Gender', 'not set', 'Female'],
    ]);
    expect(screen.getByRole('link', { name: 'https://example.org/passport.pdf' })).toHaveAttribute('href', 'https://example.org/passport.pdf');
    expect(screen.getByText('2019LOPE01')).toBeInTheDocument();
    // Read-only: nothing to press, no box to type in.
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows a proof that is not a web link as text, never as a link, and the outcome once decided', () => {
    renderRequesterView(storedMetadata({ proofUrl: 'javascript:alert(1)', rejectionReason: 'The proof does not show the name.' }));
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('javascript:alert(1) (not a web link; not opened)')).toBeInTheDocument();
    expect(screen.getByText('Rejected: The proof does not show the name.')).toBeInTheDocument();
  });
});
