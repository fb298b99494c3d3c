// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import playground, { BugReportReview, BugReportSummary } from '../src/widget/index.js';
import { actionFailure, actionViews, AS_REQUESTER, storedMetadata, ticket, ticketIn } from './playground-fixtures.js';

afterEach(() => cleanup());

function renderReview({ ticket: shown = ticket, metadata = storedMetadata(), actions = actionViews(), runAction = vi.fn().mockResolvedValue(undefined), busy = false } = {}) {
  render(<BugReportReview ticket={shown} metadata={metadata} actions={actions} runAction={runAction} busy={busy} />);
  return { runAction, user: userEvent.setup() };
}

const note = () => screen.getByRole('textbox', { name: 'Note (optional)' });
const confirm = () => screen.getByRole('button', { name: 'Confirm the bug' });
const markFixed = () => screen.getByRole('button', { name: 'Mark as fixed' });

describe('bug-report playground: the definition', () => {
  it('gives WST the review and the requester a read-only summary', () => {
    expect(playground.type).toBe(ticket.type);
    expect(playground.views.actioner).toBe(BugReportReview);
    expect(playground.views.requester).toBe(BugReportSummary);
  });
});

describe('bug-report playground: what WST sees and does', () => {
  it('shows the reported page as a link, what happens there, and that there is no note yet', () => {
    renderReview();
    const link = screen.getByRole('link', { name: 'https://www.worldcubeassociation.org/results/rankings/333/single' });
    expect(link).toHaveAttribute('href', 'https://www.worldcubeassociation.org/results/rankings/333/single');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(screen.getByText('The rankings page shows a 404 instead of the 3x3x3 single rankings.')).toBeInTheDocument();
    expect(screen.getByText('No note yet.')).toBeInTheDocument();
  });

  it('never links a page address that is not a web page (a report filed before the schema took http(s) only)', () => {
    // Straight from a row, past today's schema, which would refuse it.
    renderReview({ metadata: { ...storedMetadata(), page: 'javascript:alert(1)' } });
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
    const { runAction, user } = renderReview({ ticket: ticketIn('Confirmed'), metadata: storedMetadata({ note: 'Reproduced on Firefox.' }), actions: actionViews({ status: 'Confirmed' }) });
    expect(screen.getByText('Reproduced on Firefox.')).toBeInTheDocument();
    expect(note()).toHaveAccessibleDescription(expect.stringContaining('Leave it empty to keep the current note.'));
    expect(markFixed()).toHaveClass('tk-primary');
    await user.click(markFixed());
    expect(runAction).toHaveBeenCalledExactlyOnceWith('markFixed', {});
    expect(await screen.findByRole('status')).toHaveTextContent('Marked the bug as fixed.');
  });

  it('greys every control out for someone outside WST, each button pointing at its own reason', () => {
    renderReview({ actions: actionViews({ member: false }) });
    expect(note()).toBeDisabled();
    expect(confirm()).toBeDisabled();
    expect(confirm()).toHaveAccessibleDescription('Only members of WST can confirm a bug.');
    expect(markFixed()).toBeDisabled();
    expect(markFixed()).toHaveAccessibleDescription('Only members of WST can mark a bug as fixed.');
  });

  it('says once that a closed ticket must be reopened first', () => {
    renderReview({ ticket: ticketIn('Fixed'), actions: actionViews({ status: 'Fixed' }) });
    const reason = 'Ticket #42 is closed; reopen it first.';
    expect(confirm()).toHaveAccessibleDescription(reason);
    expect(markFixed()).toHaveAccessibleDescription(reason);
    expect(screen.getAllByText(reason)).toHaveLength(1);
  });

  it('sends nothing while another change is on its way', async () => {
    const { runAction, user } = renderReview({ busy: true });
    expect(note()).toBeDisabled();
    await user.click(confirm());
    expect(runAction).not.toHaveBeenCalled();
  });

  it('shows a refused note next to the note, keeping what was typed', async () => {
    const message = 'A note can be at most 500 characters long.';
    const { user } = renderReview({ runAction: vi.fn().mockRejectedValue(actionFailure('BAD_REQUEST', "The input of 'Confirm the bug' is not valid.", [{ path: 'input.note', message }])) });
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
    const { user } = renderReview({ runAction: vi.fn().mockRejectedValue(actionFailure('FORBIDDEN', message, [], 'action.not_allowed')) });
    await user.click(confirm());
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(note()).not.toHaveAttribute('aria-invalid');
  });
});

describe('bug-report playground: what the requester sees', () => {
  it('shows the report and the team’s note, with nothing to press even though the page lists the actions', () => {
    const runAction = vi.fn();
    render(
      <BugReportSummary
        ticket={ticketIn('Confirmed', AS_REQUESTER)}
        metadata={storedMetadata({ note: 'Reproduced on Firefox.' })}
        actions={actionViews({ status: 'Confirmed', member: false })}
        runAction={runAction}
        busy={false}
      />,
    );
    expect(screen.getByRole('link', { name: 'https://www.worldcubeassociation.org/results/rankings/333/single' })).toBeInTheDocument();
    expect(screen.getByText('Reproduced on Firefox.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
