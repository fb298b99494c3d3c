import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type PlaygroundProps, playgroundViewFor } from '@tickets/plugin-kit/widget';
import { actionFailure, reasonVerdicts } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it, vi } from 'vitest';
import { RejectInput } from '../src/index.js';
import { AnonymizationReview } from '../src/widget/AnonymizationReview.js';
import playground from '../src/widget/index.js';
import { scene, type Situation, storedFixture, TAKEN_AT } from './widget/playground-data.js';

const CLOSED = 'Ticket #4 is closed; reopen it first.';
const ALL_CLOSED = { anonymize: CLOSED, refreshPreview: CLOSED, reject: CLOSED };

function propsFixture(situation: Situation = {}, { runAction = vi.fn<PlaygroundProps['runAction']>().mockResolvedValue(undefined), busy = false } = {}) {
  return { ...scene(situation), runAction, busy };
}

function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

describe('anonymization playground', () => {
  it('is declared for the results team only: the requester has no playground', () => {
    expect(playground.type).toBe('anonymization');
    expect(playgroundViewFor(playground, 'actioner')).toBe(AnonymizationReview);
    expect(playgroundViewFor(playground, 'requester')).toBeNull();
  });

  it('shows the scope and exactly what will be anonymized, with current values and when they were read', () => {
    render(<AnonymizationReview {...propsFixture()} />);
    expect(screen.getByRole('heading', { name: 'Anonymize the account and profile' })).toBeInTheDocument();
    expect(screen.getByText('Account and competitor profile')).toBeInTheDocument();
    expect(screen.getByText('User #9')).toBeInTheDocument();
    expect(screen.getByText('I no longer compete.')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'What will be anonymized' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['Account (user #9)', 'Name', 'Rita Schmidt'],
      ['Account (user #9)', 'E-mail', 'rita@example.org'],
      ['Competitor profile (person #1)', 'Name', 'Rita Schmidt'],
      ['Competitor profile (person #1)', 'Date of birth', '1990-04-02'],
      ['Competitor profile (person #1)', 'Gender', '(empty)'],
      ['Profile history (person #1)', 'History entries', '3 entries, all deleted'],
    ]);
    expect(table).toHaveAccessibleDescription(/^Read from the directory on /);
    expect(table.parentElement!.querySelector('time')).toHaveAttribute('datetime', TAKEN_AT);
  });

  it('in scope "account only" lists the account and says the profile stays', () => {
    render(<AnonymizationReview {...propsFixture({ metadata: storedFixture({ scope: 'account' }) })} />);
    expect(screen.getByRole('heading', { name: 'Anonymize the account only' })).toBeInTheDocument();
    expect(screen.getByText('Person #1 (left as it is: not in this scope)')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'What will be anonymized' });
    expect(within(table).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['Account (user #9)', 'Name', 'Rita Schmidt'],
      ['Account (user #9)', 'E-mail', 'rita@example.org'],
    ]);
  });

  it('refreshes the preview with the action key and no input', async () => {
    const user = userEvent.setup();
    const props = propsFixture();
    render(<AnonymizationReview {...props} />);
    await user.click(screen.getByRole('button', { name: 'Refresh preview' }));
    expect(props.runAction).toHaveBeenCalledExactlyOnceWith('refreshPreview', {});
    expect(await screen.findByRole('status')).toHaveTextContent('The preview was refreshed.');
  });

  it('anonymizes only after a confirmation that says it cannot be undone', async () => {
    const user = userEvent.setup();
    const props = propsFixture();
    render(<AnonymizationReview {...props} />);
    await user.click(screen.getByRole('button', { name: 'Anonymize…' }));
    expect(props.runAction).not.toHaveBeenCalled();
    const dialog = screen.getByRole('alertdialog', { name: 'Anonymize this account and competitor profile?' });
    expect(dialog).toHaveAccessibleDescription(/The 6 fields listed above are replaced for good \(user #9, person #1\).*This cannot be undone\./);
    // Focus moves in an effect after the render that opens the dialog (or shows the success); on a
    // busy machine the click's promise may settle before that effect has run, so wait for the state
    // the user waits for rather than for the click.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());

    await user.click(within(dialog).getByRole('button', { name: 'Yes, anonymize' }));
    expect(props.runAction).toHaveBeenCalledExactlyOnceWith('anonymize', {});
    const note = await screen.findByRole('status');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(note).toHaveTextContent('Anonymized.');
    await waitFor(() => expect(note).toHaveFocus());
  });

  it('closes the confirmation with Escape (or Cancel) without anonymizing, and returns focus', async () => {
    const user = userEvent.setup();
    const props = propsFixture();
    render(<AnonymizationReview {...props} />);
    const open = screen.getByRole('button', { name: 'Anonymize…' });
    await user.click(open);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(props.runAction).not.toHaveBeenCalled();
  });

  it('keeps the confirmation open and shows the refusal when anonymizing fails', async () => {
    const user = userEvent.setup();
    const message = 'The account of user #9 is linked to another profile than the preview shows; refresh the preview first.';
    const props = propsFixture({}, { runAction: vi.fn().mockRejectedValue(actionFailure(message, { code: 'CONFLICT' })) });
    render(<AnonymizationReview {...props} />);
    await user.click(screen.getByRole('button', { name: 'Anonymize…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, anonymize' }));
    expect(within(screen.getByRole('alertdialog')).getByText(message)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, anonymize' })).toBeEnabled();
  });

  it('rejects with the reason the requester reads', async () => {
    const user = userEvent.setup();
    const props = propsFixture();
    render(<AnonymizationReview {...props} />);
    await user.click(screen.getByRole('button', { name: 'Reject…' }));
    const form = screen.getByRole('form', { name: 'Reject the request' });
    const box = within(form).getByRole('textbox', { name: 'Reason for rejecting' });
    const send = within(form).getByRole('button', { name: 'Reject the request' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(send).toBeDisabled();
    await user.type(box, '  Not the account owner.  ');
    await user.click(send);
    expect(props.runAction).toHaveBeenCalledExactlyOnceWith('reject', { reason: 'Not the account owner.' });
    expect(screen.queryByRole('form', { name: 'Reject the request' })).not.toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent('The request was rejected.');
  });

  it('shows the field error next to the reason when the server refuses it', async () => {
    const user = userEvent.setup();
    const message = 'Say why the request is rejected; the requester reads it.';
    const props = propsFixture({}, { runAction: vi.fn().mockRejectedValue(actionFailure('Input is not valid.', { fieldErrors: [{ path: 'input.reason', message }] })) });
    render(<AnonymizationReview {...props} />);
    await user.click(screen.getByRole('button', { name: 'Reject…' }));
    const box = screen.getByRole('textbox', { name: 'Reason for rejecting' });
    await user.type(box, 'Not him.');
    await user.click(screen.getByRole('button', { name: 'Reject the request' }));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[.;]/g, '\\$&')}`));
    expect(box).toHaveFocus();
    expect(box).toHaveValue('Not him.');
    expect(screen.queryByText('Input is not valid.')).not.toBeInTheDocument();
  });

  it('checks a reason with the reject action’s own schema, in its words', () => {
    const { schema, form } = reasonVerdicts(RejectInput, 'request');
    expect(form).toEqual(schema);
  });

  it('disables the actions with the reason when they are not allowed', () => {
    render(<AnonymizationReview {...propsFixture({ refused: { anonymize: 'Only members of WRT can anonymize an account.' } })} />);
    const anonymize = screen.getByRole('button', { name: 'Anonymize…' });
    expect(anonymize).toBeDisabled();
    expect(anonymize).toHaveAccessibleDescription('Only members of WRT can anonymize an account.');
    expect(screen.getByRole('button', { name: 'Refresh preview' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Reject…' })).toBeEnabled();
  });

  it('disables every action while a change is on its way', () => {
    render(<AnonymizationReview {...propsFixture({}, { busy: true })} />);
    for (const name of ['Refresh preview', 'Anonymize…', 'Reject…']) expect(screen.getByRole('button', { name })).toBeDisabled();
  });

  it('shows that it is done and when, with the actions closed and one reason for all', () => {
    const anonymizedAt = '2026-11-23T11:02:00.000Z';
    const metadata = storedFixture({ anonymizedAt, preview: { takenAt: anonymizedAt, entries: [] } });
    render(<AnonymizationReview {...propsFixture({ closed: true, metadata, refused: ALL_CLOSED })} />);
    expect(screen.getByText('Anonymized').closest('p')).toHaveTextContent(/^Anonymized on .+\. The ticket is closed as done\.$/);
    expect(screen.getByText('Anonymized').closest('p')!.querySelector('time')).toHaveAttribute('datetime', anonymizedAt);
    expect(screen.getByText(/^Nothing is left to anonymize/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    for (const name of ['Refresh preview', 'Anonymize…', 'Reject…']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
      expect(screen.getByRole('button', { name })).toHaveAccessibleDescription(CLOSED);
    }
    expect(screen.getAllByText(CLOSED)).toHaveLength(1);
  });

  it('shows a rejection and its reason', () => {
    const metadata = storedFixture({ rejectionReason: 'Not the account owner.' });
    render(<AnonymizationReview {...propsFixture({ closed: true, metadata, refused: ALL_CLOSED })} />);
    expect(screen.getByText('Rejected').closest('p')).toHaveTextContent('Rejected: Not the account owner.');
  });
});
