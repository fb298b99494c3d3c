// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REJECTION_REASON_MAX_LENGTH as MAX, rejectionInput } from '../src/index.js';
import { type ActionView, kitMessages, LanguageProvider, loadCatalog, type PlaygroundProps, RejectForm, type RejectFormProps, useAction } from '../src/widget/index.js';
import { actionFailure, reasonVerdicts } from '../src/widget/testing/index.js';

afterEach(() => cleanup());

const reject: ActionView = { key: 'reject', title: 'Reject the claim', description: null, allowed: true, reason: null };

type Props = Partial<Omit<RejectFormProps, 'run'>> & { runAction?: PlaygroundProps['runAction'] };

function Form({ runAction, ...props }: Props & { runAction: PlaygroundProps['runAction'] }) {
  const run = useAction(runAction);
  return <RejectForm action={reject} run={run} busy={false} what="claim" help="The requester reads it." {...props} />;
}

function renderForm({ runAction = vi.fn().mockResolvedValue(undefined), ...props }: Props = {}) {
  render(<Form runAction={runAction} {...props} />);
  return { runAction, user: userEvent.setup(), box: () => screen.getByRole('textbox', { name: 'Reason for rejecting' }), send: () => screen.getByRole('button', { name: 'Reject the claim' }) };
}

describe('RejectForm', () => {
  it('sends the reason trimmed under the action’s key, then empties the box and says it is done', async () => {
    const onDone = vi.fn();
    const { runAction, user, box, send } = renderForm({ onDone });
    expect(screen.getByRole('form', { name: 'Reject the claim' })).toBeInTheDocument();
    expect(box()).toHaveAccessibleDescription('The requester reads it. 3 to 1,000 characters.');
    expect(send()).toBeDisabled();
    await user.type(box(), '  We never met.  ');
    await user.click(send());
    expect(runAction).toHaveBeenCalledExactlyOnceWith('reject', { reason: 'We never met.' });
    expect(box()).toHaveValue('');
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('counts a reason as the schema does, trimmed: the longest one may have spaces around it', async () => {
    const { runAction, user, box, send } = renderForm();
    await user.click(box());
    await user.paste(`  ${'x'.repeat(MAX)}  `);
    expect(box()).not.toHaveAttribute('aria-invalid');
    await user.click(send());
    expect(runAction).toHaveBeenCalledExactlyOnceWith('reject', { reason: 'x'.repeat(MAX) });
  });

  it('says a reason is too long while it is typed, and sends none', async () => {
    const { runAction, user, box, send } = renderForm();
    await user.click(box());
    await user.paste('x'.repeat(MAX + 1));
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription(expect.stringContaining('A reason can be at most 1,000 characters long.'));
    expect(send()).toBeDisabled();
    expect(runAction).not.toHaveBeenCalled();
  });

  it('refuses a reason too short to read, beside the box, without sending', async () => {
    const { runAction, user, box, send } = renderForm();
    await user.type(box(), 'no');
    await user.click(send());
    expect(runAction).not.toHaveBeenCalled();
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Say why the claim is rejected; the requester reads it.');
    await user.type(box(), 'pe');
    expect(box()).not.toHaveAttribute('aria-invalid');
  });

  it('shows the server’s refusal of the reason beside the box, once, keeping the text and the focus there', async () => {
    const message = 'Say why the claim is rejected; the requester reads it.';
    const { user, box, send } = renderForm({ runAction: vi.fn().mockRejectedValue(actionFailure('The input is not valid.', { fieldErrors: [{ path: 'input.reason', message }] })) });
    await user.type(box(), 'Unclear.');
    await user.click(send());
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([message]);
    expect(box()).toHaveValue('Unclear.');
    expect(box()).toHaveFocus();
  });

  it('shows any other refusal under the form in the server’s words', async () => {
    const message = 'Someone else changed this ticket; it has been reloaded. Your change was not saved.';
    const { user, box, send } = renderForm({ runAction: vi.fn().mockRejectedValue(actionFailure(message, { code: 'CONFLICT' })) });
    await user.type(box(), 'We never met.');
    await user.click(send());
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(box()).not.toHaveAttribute('aria-invalid');
  });

  it('greys out for a viewer who may not reject, the button pointing at the reason', () => {
    const reason = 'Only the Delegate this request is assigned to (Dora Delegate) can reject it.';
    const { box, send } = renderForm({ action: { ...reject, allowed: false, reason } });
    expect(box()).toBeDisabled();
    expect(send()).toBeDisabled();
    expect(send()).toHaveAccessibleDescription(reason);
  });

  it('sends nothing while a change is on its way', async () => {
    const { box, send } = renderForm({ busy: true });
    await userEvent.setup().type(box(), 'We never met.');
    expect(send()).toBeDisabled();
  });

  it('opened on demand, takes the focus and closes with Cancel or Escape', async () => {
    const onCancel = vi.fn();
    const { user, box } = renderForm({ onCancel });
    expect(box()).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});

describe('RejectForm in the reader’s language', () => {
  it('speaks Polish on a Polish page: its label, limits, refusal and buttons; the server’s title stays as sent', async () => {
    await loadCatalog(kitMessages, 'pl');
    const runAction = vi.fn().mockResolvedValue(undefined);
    render(
      <LanguageProvider wanted={['pl']} locale="pl">
        <Form runAction={runAction} help="Wnioskodawca to przeczyta." onCancel={() => {}} />
      </LanguageProvider>,
    );
    const box = screen.getByRole('textbox', { name: 'Powód odrzucenia' });
    expect(box).toHaveAccessibleDescription('Wnioskodawca to przeczyta. Od 3 do 1000 znaków.');
    const user = userEvent.setup();
    await user.type(box, 'no');
    await user.click(screen.getByRole('button', { name: 'Reject the claim' }));
    expect(runAction).not.toHaveBeenCalled();
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Napisz, dlaczego odrzucasz (claim); wnioskodawca to przeczyta.'));
    expect(screen.getByRole('button', { name: 'Anuluj' })).toBeInTheDocument();
  });
});

describe('reasonProblem', () => {
  it('checks a reason as the reject action’s schema does, in its words: one rule in the browser and on the server', () => {
    const { schema, form } = reasonVerdicts(rejectionInput('claim'), 'claim');
    expect(schema).toContain(null);
    expect(form).toEqual(schema);
  });
});
