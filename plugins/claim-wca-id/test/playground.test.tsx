import './dom.js';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { actionFailure, reasonVerdicts } from '@tickets/plugin-kit/widget/testing';
import claimWcaId, { CLAIM_STATUS, RejectInput } from '../src/index.js';
import playground, { CLAIM_ACTION, ReviewClaim } from '../src/widget/index.js';
import { type ClaimScene, claimProps, danInCc, doraRow, requesterRow, storedClaim, viewers } from './fixtures/claim-playground.js';

function renderClaim(scene: ClaimScene = {}, { runAction = vi.fn().mockResolvedValue(undefined), busy = false } = {}) {
  render(<ReviewClaim {...claimProps(scene)} runAction={runAction} busy={busy} />);
  return { runAction, user: userEvent.setup() };
}

describe('claim-wca-id playground: the declaration', () => {
  it('is for this ticket type, with a view for the Delegate and none for the requester', () => {
    expect(playground.type).toBe(claimWcaId.type);
    expect(playground.views.actioner).toBe(ReviewClaim);
    expect(playground.views.requester).toBeNull();
  });

  it('sends the action keys the type declares', () => {
    expect(Object.values(CLAIM_ACTION).sort()).toEqual(Object.keys(claimWcaId.actions!).sort());
  });

  it('checks a reason with the reject action’s own schema, in its words', () => {
    const { schema, form } = reasonVerdicts(RejectInput, 'claim');
    expect(form).toEqual(schema);
  });
});

describe('claim-wca-id playground: what the Delegate sees', () => {
  it('shows the claimed profile, the requester, their message and the Delegate it is with', () => {
    const metadata = storedClaim();
    renderClaim({ metadata });
    expect(screen.getByRole('heading', { name: `Claim of WCA ID ${metadata.wcaId}` })).toBeInTheDocument();
    const claim = screen.getByLabelText('The claim');
    expect(within(claim).getByText('Claimed by').nextElementSibling).toHaveTextContent(`${requesterRow.principal.name} (user ${metadata.requesterUserId})`);
    expect(within(claim).getByText('Their message').nextElementSibling).toHaveTextContent(metadata.message!.replace('\n', ' '));
    expect(within(claim).getByText('With Delegate').nextElementSibling).toHaveTextContent(`${doraRow.principal.name} (user ${metadata.delegateUserId})`);
    expect(within(claim).getByText('WCA ID').nextElementSibling).toHaveTextContent(`profile ${metadata.personId}`);
    expect(screen.getByText(/Not handed over/)).toBeInTheDocument();
    expect(screen.queryByText('Reason for rejecting', { selector: 'dt' })).toBeNull();
  });

  it('says so when the requester wrote no message', () => {
    renderClaim({ metadata: storedClaim({ message: null }) });
    expect(screen.getByText('Their message').nextElementSibling).toHaveTextContent('No message.');
  });

  it('lists the hand-overs oldest first, by name when the person is on the ticket', () => {
    const previous = { ...doraRow, isActive: false };
    const danAssigned = { ...danInCc, connection: 'assigned' as const };
    renderClaim({
      viewer: viewers.dan,
      actingAs: danAssigned,
      stakeholders: [requesterRow, previous, danAssigned],
      metadata: storedClaim({ delegateUserId: 6, handedTo: [17, 6] }),
    });
    const history = screen.getByRole('list', { name: 'Handed over' });
    expect(within(history).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['User 17', 'Dan Delegate (user 6)']);
    expect(screen.getByText('With Delegate').nextElementSibling).toHaveTextContent('Dan Delegate (user 6)');
  });

  it('shows the reason of a rejected claim read-only, and says once why nothing can be decided', () => {
    renderClaim({ status: CLAIM_STATUS.rejected, metadata: storedClaim({ rejectionReason: 'Not the same person.' }) });
    expect(screen.getByText('Reason for rejecting', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Not the same person.');
    const reasons = new Set(claimProps({ status: CLAIM_STATUS.rejected }).actions.map((action) => action.reason!));
    for (const reason of reasons) expect(screen.getAllByText(reason)).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Decide' })).toBeNull();
  });

  it('shows a Delegate the request is not assigned to the claim, read-only, with why they cannot decide it, each reason once', () => {
    renderClaim({ viewer: viewers.dan, actingAs: danInCc });
    expect(screen.queryByRole('button')).toBeNull();
    for (const doing of ['approve it', 'reject it', 'hand it over']) {
      expect(screen.getAllByText(`Only the Delegate this request is assigned to (Dora Delegate) can ${doing}.`)).toHaveLength(1);
    }
    expect(screen.getByLabelText('The claim')).toBeInTheDocument();
  });

  it('disables every button while a change is on its way', () => {
    renderClaim({}, { busy: true });
    for (const name of ['Approve the claim', 'Reject the claim', 'Hand over to another Delegate']) expect(screen.getByRole('button', { name })).toBeDisabled();
  });
});

describe('claim-wca-id playground: approving', () => {
  it('asks first, then runs approve with an empty input', async () => {
    const { runAction, user } = renderClaim();
    await user.click(screen.getByRole('button', { name: 'Approve the claim' }));
    const question = screen.getByRole('group', { name: /Link the account of John Smith \(user 9\) to the profile 2015SMIT02\?/ });
    expect(runAction).not.toHaveBeenCalled();
    const yes = within(question).getByRole('button', { name: 'Yes, link the account' });
    expect(yes).toHaveFocus();
    await user.click(yes);
    expect(runAction).toHaveBeenCalledExactlyOnceWith('approve', {});
  });

  it('steps back with Escape, returning focus, without approving', async () => {
    const { runAction, user } = renderClaim();
    await user.click(screen.getByRole('button', { name: 'Approve the claim' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Link the account/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Approve the claim' })).toHaveFocus();
    expect(runAction).not.toHaveBeenCalled();
  });

  it('says why an approval was refused', async () => {
    const message = 'The profile 2015SMIT02 was linked to another account meanwhile; reject the claim.';
    const { user } = renderClaim({}, { runAction: vi.fn().mockRejectedValue(actionFailure(message, { code: 'CONFLICT' })) });
    await user.click(screen.getByRole('button', { name: 'Approve the claim' }));
    await user.click(screen.getByRole('button', { name: 'Yes, link the account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });
});

describe('claim-wca-id playground: rejecting', () => {
  it('runs reject with the reason, trimmed, and clears the box', async () => {
    const { runAction, user } = renderClaim();
    const box = screen.getByRole('textbox', { name: 'Reason for rejecting' });
    const send = screen.getByRole('button', { name: 'Reject the claim' });
    expect(send).toBeDisabled();
    await user.type(box, '  We never met.  ');
    await user.click(send);
    expect(runAction).toHaveBeenCalledExactlyOnceWith('reject', { reason: 'We never met.' });
    expect(box).toHaveValue('');
  });

  it('refuses a reason too short to read, beside the field, without sending', async () => {
    const { runAction, user } = renderClaim();
    const box = screen.getByRole('textbox', { name: 'Reason for rejecting' });
    await user.type(box, 'no');
    await user.click(screen.getByRole('button', { name: 'Reject the claim' }));
    expect(runAction).not.toHaveBeenCalled();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Say why the claim is rejected'));
  });

  it('shows the server’s refusal of the reason next to the field and keeps the text', async () => {
    const message = 'Say why the claim is rejected; the requester reads it.';
    const runAction = vi.fn().mockRejectedValue(actionFailure('The input is not valid.', { fieldErrors: [{ path: 'input.reason', message }] }));
    const { user } = renderClaim({}, { runAction });
    const box = screen.getByRole('textbox', { name: 'Reason for rejecting' });
    await user.type(box, 'Unclear.');
    await user.click(screen.getByRole('button', { name: 'Reject the claim' }));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(box).toHaveValue('Unclear.');
  });
});

describe('claim-wca-id playground: handing over', () => {
  it('explains the field, then runs handOver with the user id as a number', async () => {
    const { runAction, user } = renderClaim();
    const field = screen.getByRole('spinbutton', { name: 'Delegate’s user id' });
    expect(field).toHaveAccessibleDescription(expect.stringContaining('searching by name is not available yet'));
    await user.type(field, '6');
    await user.click(screen.getByRole('button', { name: 'Hand over to another Delegate' }));
    expect(runAction).toHaveBeenCalledExactlyOnceWith('handOver', { delegateUserId: 6 });
    expect(field).toHaveValue(null);
  });

  it('refuses an id that is no whole number, without sending', async () => {
    const { runAction, user } = renderClaim();
    const field = screen.getByRole('spinbutton', { name: 'Delegate’s user id' });
    await user.type(field, '2.5');
    await user.click(screen.getByRole('button', { name: 'Hand over to another Delegate' }));
    expect(runAction).not.toHaveBeenCalled();
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Give the Delegate's user id, a whole number"));
  });

  it('shows the server’s refusal of the Delegate next to the field', async () => {
    const message = 'Ben Okafor is not a member of Delegates; hand the request to a Delegate.';
    const runAction = vi.fn().mockRejectedValue(actionFailure(message, { code: 'PRECONDITION_FAILED', fieldErrors: [{ path: 'input.delegateUserId', message }] }));
    const { user } = renderClaim({}, { runAction });
    const field = screen.getByRole('spinbutton', { name: 'Delegate’s user id' });
    await user.type(field, '4');
    await user.click(screen.getByRole('button', { name: 'Hand over to another Delegate' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field).toHaveValue(4);
  });

  it('shows a refusal that names no field under the form', async () => {
    const message = 'Someone else changed this ticket; it has been reloaded. Your change was not saved.';
    const { user } = renderClaim({}, { runAction: vi.fn().mockRejectedValue(actionFailure(message, { code: 'CONFLICT' })) });
    await user.type(screen.getByRole('spinbutton', { name: 'Delegate’s user id' }), '6');
    await user.click(screen.getByRole('button', { name: 'Hand over to another Delegate' }));
    const form = screen.getByRole('form', { name: 'Hand over to another Delegate' });
    expect(within(form).getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('spinbutton', { name: 'Delegate’s user id' })).not.toHaveAttribute('aria-invalid');
  });
});
