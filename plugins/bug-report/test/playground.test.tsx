import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { actionFailure } from '@tickets/plugin-kit/widget/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import playground, { BugReportReview, BugReportSummary } from '../src/widget/index.js';
import { PAGE, scene, storedMetadata } from './playground-fixtures.js';

afterEach(() => cleanup());

function renderReview(shown = scene(), { runAction = vi.fn().mockResolvedValue(undefined), busy = false } = {}) {
  render(<BugReportReview {...shown} runAction={runAction} busy={busy} />);
  return { runAction, user: userEvent.setup() };
}

const note = () => screen.getByRole('textbox', { name: 'Note (optional)' });
const confirm = () => screen.getByRole('button', { name: 'Confirm the bug' });
const markFixed = () => screen.getByRole('button', { name: 'Mark as fixed' });

describe('bug-report playground: what WST sees and does', () => {
  it('is the view WST gets; the requester gets a read-only summary', () => {
    expect(playground.type).toBe(scene().ticket.type);
    expect(playground.views).toEqual({ actioner: BugReportReview, requester: BugReportSummary });
  });

  it('shows the reported page as a link, what happens there, and that there is no note yet', () => {
    renderReview();
    expect(screen.getByRole('link', { name: PAGE })).toHaveAttribute('href', PAGE);
    expect(screen.getByText('The rankings page shows a 404 instead of the 3x3x3 single rankings.')).toBeInTheDocument();
    expect(screen.getByText('No note yet.')).toBeInTheDocument();
  });

  it('never links a page address that is not a web page (a report filed before the schema took http(s) only)', () => {
    // Straight from a row, past today's schema, which would refuse it.
    renderReview({ ...scene(), metadata: { ...storedMetadata(), page: 'javascript:alert(1)' } });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('javascript:alert(1) (not a web link; not opened)')).toBeInTheDocument();
  });

  it('confirms a reported bug with the trimmed note, then says so and empties the note', async () => {
    const { runAction, user } = renderReview();
    expect(confirm()).toHaveClass('tk-primary');
    expect(markFixed()).not.toHaveClass('tk-primary');
    await user.type(note(), '  Reproduced on Firefox.  ');
    await user.click(confirm());
    expect(runAction).toHaveBeenCalledExactlyOnceWith('confirm', { note: 'Reproduced on Firefox.' });
    expect(await screen.findByRole('status')).toHaveTextContent('Confirmed the bug.');
    expect(note()).toHaveValue('');
  });

  it('marks a confirmed bug fixed without a note, which keeps the stored one', async () => {
    const { runAction, user } = renderReview(scene({ status: 'Confirmed', note: 'Reproduced on Firefox.' }));
    expect(screen.getByText('Reproduced on Firefox.')).toBeInTheDocument();
    expect(note()).toHaveAccessibleDescription(expect.stringContaining('Leave it empty to keep the current note.'));
    expect(markFixed()).toHaveClass('tk-primary');
    await user.click(markFixed());
    expect(runAction).toHaveBeenCalledExactlyOnceWith('markFixed', {});
    expect(await screen.findByRole('status')).toHaveTextContent('Marked the bug as fixed.');
  });

  it('greys every control out for someone outside WST, each button pointing at its own reason', () => {
    renderReview(scene({ member: false }));
    expect(note()).toBeDisabled();
    expect(confirm()).toBeDisabled();
    expect(confirm()).toHaveAccessibleDescription('Only members of WST can confirm a bug.');
    expect(markFixed()).toHaveAccessibleDescription('Only members of WST can mark a bug as fixed.');
  });

  it('says once that a closed ticket must be reopened first', () => {
    renderReview(scene({ status: 'Fixed' }));
    const reason = 'Ticket #42 is closed; reopen it first.';
    expect(confirm()).toHaveAccessibleDescription(reason);
    expect(markFixed()).toHaveAccessibleDescription(reason);
    expect(screen.getAllByText(reason)).toHaveLength(1);
  });

  it('sends nothing while another change is on its way', async () => {
    const { runAction, user } = renderReview(scene(), { busy: true });
    expect(note()).toBeDisabled();
    await user.click(confirm());
    expect(runAction).not.toHaveBeenCalled();
  });

  it('shows a refused note next to the note, keeping what was typed', async () => {
    const message = 'A note can be at most 500 characters long.';
    const { user } = renderReview(scene(), { runAction: vi.fn().mockRejectedValue(actionFailure("The input of 'Confirm the bug' is not valid.", { fieldErrors: [{ path: 'input.note', message }] })) });
    await user.type(note(), 'Too long, say.');
    await user.click(confirm());
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(note()).toHaveAttribute('aria-invalid', 'true');
    expect(note()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(note()).toHaveValue('Too long, say.');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows any other refusal in the server’s words', async () => {
    const message = 'Only members of WST can confirm a bug.';
    const { user } = renderReview(scene(), { runAction: vi.fn().mockRejectedValue(actionFailure(message, { code: 'FORBIDDEN', domainCode: 'action.not_allowed' })) });
    await user.click(confirm());
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(note()).not.toHaveAttribute('aria-invalid');
  });
});

describe('bug-report playground: what the requester sees', () => {
  it('shows the report and the team’s note, with nothing to press even though the page lists the actions', () => {
    render(<BugReportSummary {...scene({ status: 'Confirmed', member: false, note: 'Reproduced on Firefox.' })} runAction={vi.fn()} busy={false} />);
    expect(screen.getByRole('link', { name: PAGE })).toBeInTheDocument();
    expect(screen.getByText('Reproduced on Firefox.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
