// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionView, NotAllowed, useNotAllowed, whyNotAllowed } from '../src/widget/index.js';

afterEach(() => cleanup());

const CLOSED = 'Ticket #42 is closed; reopen it first.';
const view = (key: string, title: string, reason: string | null, allowed = reason === null): ActionView => ({ key, title, description: null, allowed, reason });

function Buttons({ actions }: { actions: readonly ActionView[] }) {
  const why = useNotAllowed(actions);
  return (
    <>
      {actions.map((action) => (
        <button key={action.key} type="button" disabled={!action.allowed} aria-describedby={why.idOf(action.key)}>
          {action.title}
        </button>
      ))}
      <NotAllowed reasons={why} />
    </>
  );
}

describe('NotAllowed', () => {
  it('says each reason once, every refused button pointing at its own', () => {
    render(<Buttons actions={[view('confirm', 'Confirm', CLOSED), view('fix', 'Mark as fixed', CLOSED), view('note', 'Add a note', 'Only members of WST can add a note.'), view('read', 'Read', null)]} />);
    expect(screen.getAllByText(CLOSED)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Confirm' })).toHaveAccessibleDescription(CLOSED);
    expect(screen.getByRole('button', { name: 'Mark as fixed' })).toHaveAccessibleDescription(CLOSED);
    expect(screen.getByRole('button', { name: 'Add a note' })).toHaveAccessibleDescription('Only members of WST can add a note.');
    expect(screen.getByRole('button', { name: 'Read' })).not.toHaveAttribute('aria-describedby');
  });

  it('words a refusal the server gave no reason for after the action', () => {
    expect(whyNotAllowed(view('fix', 'Mark as fixed', null, false))).toBe('You cannot mark as fixed on this ticket.');
    expect(whyNotAllowed(view('fix', 'Mark as fixed', null))).toBeNull();
  });
});
