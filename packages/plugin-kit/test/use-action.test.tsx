// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionButton, type ActionView, FormRefusal, type PlaygroundProps, useAction, useNotAllowed } from '../src/widget/index.js';
import { actionFailure } from '../src/widget/testing/index.js';

afterEach(() => cleanup());

const confirm: ActionView = { key: 'confirm', title: 'Confirm the bug', description: null, allowed: true, reason: null };
const fix: ActionView = { key: 'markFixed', title: 'Mark as fixed', description: null, allowed: false, reason: 'Only members of WST can mark a bug as fixed.' };

function Buttons({ runAction, busy = false }: { runAction: PlaygroundProps['runAction']; busy?: boolean }) {
  const run = useAction(runAction);
  const why = useNotAllowed([confirm, fix]);
  return (
    <>
      <ActionButton action={confirm} run={run} busy={busy} why={why} pending="Confirming…" primary />
      <ActionButton action={fix} run={run} busy={busy} why={why} pending="Marking as fixed…" />
      <p id={why.idOf('markFixed')}>{fix.reason}</p>
      <FormRefusal refusal={run.refusal} />
      {run.done && <p role="status">Stored: {run.done}</p>}
    </>
  );
}

describe('useAction with ActionButton', () => {
  it('runs the action with no input, says so while it runs, and remembers it was stored', async () => {
    let store = () => {};
    const runAction = vi.fn(() => new Promise<void>((resolve) => (store = resolve)));
    render(<Buttons runAction={runAction} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Confirm the bug' }));
    expect(runAction).toHaveBeenCalledExactlyOnceWith('confirm', {});
    const running = screen.getByRole('button', { name: 'Confirming…' });
    expect(running).toBeDisabled();
    expect(running).toHaveAttribute('aria-busy', 'true');
    await act(async () => store());
    expect(screen.getByRole('status')).toHaveTextContent('Stored: confirm');
    expect(screen.getByRole('button', { name: 'Confirm the bug' })).toBeEnabled();
  });

  it('shows a refusal in the server’s words, and forgets what was stored', async () => {
    const runAction = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(actionFailure('Ticket #42 is closed; reopen it first.', { code: 'PRECONDITION_FAILED' }));
    const user = userEvent.setup();
    render(<Buttons runAction={runAction} />);
    await user.click(screen.getByRole('button', { name: 'Confirm the bug' }));
    await user.click(screen.getByRole('button', { name: 'Confirm the bug' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ticket #42 is closed; reopen it first.');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('greys out a refused action with its reason, and every action while the page is busy', () => {
    render(<Buttons runAction={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Mark as fixed' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Mark as fixed' })).toHaveAccessibleDescription('Only members of WST can mark a bug as fixed.');
    expect(screen.getByRole('button', { name: 'Confirm the bug' })).toHaveClass('tk-button tk-primary');
    cleanup();
    render(<Buttons runAction={vi.fn()} busy />);
    expect(screen.getByRole('button', { name: 'Confirm the bug' })).toBeDisabled();
  });
});
