import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionFailure, reasonVerdicts } from '@tickets/plugin-kit/widget/testing';
import { editPersonActions, type EditPersonStored } from '../src/index.js';
import playground, { RequestSummary, ReviewChange } from '../src/widget/index.js';
import { scene, storedMetadata } from './playground-fixtures.js';

afterEach(() => cleanup());

const OUT_OF_SYNC =
  "The profile is out of sync with this request: it changed since the old values were taken (the name is now 'Rita L. Lopes', not 'Rita Lopes'). Sync the old values first, check the request again, then apply it.";

function renderView({ metadata = storedMetadata(), refused = {}, runAction = vi.fn().mockResolvedValue(undefined), busy = false } = {}) {
  const props = (next: EditPersonStored) => ({ ...scene({ metadata: next, refused }), runAction, busy });
  const result = render(<ReviewChange {...props(metadata)} />);
  return { ...result, runAction, user: userEvent.setup(), rerenderWith: (next: EditPersonStored) => result.rerender(<ReviewChange {...props(next)} />) };
}

function row(label: string): HTMLElement {
  return screen.getByRole('row', { name: new RegExp(`^${label}\\b`) });
}

describe('edit-person playground: the definition', () => {
  it('offers the results team its review and the requester a read-only summary', () => {
    expect(playground.type).toBe('edit-person');
    expect(playground.views.actioner).toBe(ReviewChange);
    expect(playground.views.requester).toBe(RequestSummary);
  });
});

describe('edit-person playground: what the results team sees', () => {
  it('shows each requested field beside its current value, the profile and the proof', () => {
    renderView();
    const table = screen.getByRole('table', { name: 'Requested fields' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Field', 'Current (old) value', 'New value', 'Change']);
    expect(within(row('Name')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Rita Lopes', 'Rita Lopes Silva', 'EditDrop']);
    expect(within(row('Gender')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['not set', 'Female', 'EditDrop']);
    expect(screen.getByText('2019LOPE01')).toBeInTheDocument();
    const proof = screen.getByRole('link', { name: 'https://example.org/passport.pdf' });
    expect(proof).toHaveAttribute('href', 'https://example.org/passport.pdf');
    expect(proof).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(screen.getByText('Jan 5, 2026, 10:00 AM UTC')).toHaveAttribute('datetime', '2026-01-05T10:00:00.000Z');
  });

  it('names a country and says when no proof was given; a proof that is no web link is not a link', () => {
    renderView({ metadata: storedMetadata({ fields: [{ field: 'countryIso2', oldValue: 'ES', newValue: 'PT' }], proofUrl: null }) });
    expect(within(row('Country')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Spain (ES)', 'Portugal (PT)', 'EditDrop']);
    expect(screen.getByText('No proof was given.')).toBeInTheDocument();
    cleanup();
    renderView({ metadata: storedMetadata({ proofUrl: 'javascript:alert(1)' }) });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('explains the difference between a fix and an update', () => {
    renderView();
    expect(screen.getByRole('button', { name: 'Apply as fix' })).toHaveAccessibleDescription(/A fix corrects a mistake/);
    expect(screen.getByRole('button', { name: 'Apply as update' })).toHaveAccessibleDescription(/records a real change and keeps the previous value in the person's history/);
  });

  it('shows the outcome of a closed request', () => {
    renderView({ metadata: storedMetadata({ appliedAs: 'update' }) });
    expect(screen.getByRole('status')).toHaveTextContent("Applied as an update: the previous values are kept in the person's history.");
    cleanup();
    renderView({ metadata: storedMetadata({ rejectionReason: 'The passport shows another name.' }) });
    expect(screen.getByRole('status')).toHaveTextContent('Rejected: The passport shows another name.');
  });
});

describe('edit-person playground: what the viewer may not do', () => {
  it('shows what was asked and what came of it, read-only, and says once why when nothing may be done (a closed ticket)', () => {
    const closed = 'Ticket #42 is closed; reopen it first.';
    renderView({
      metadata: storedMetadata({ appliedAs: 'fix' }),
      refused: { addField: closed, editField: closed, dropField: closed, syncOldValues: closed, applyAsFix: closed, applyAsUpdate: closed, reject: closed },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Applied as a fix: the profile was corrected.');
    const table = screen.getByRole('table', { name: 'Requested fields' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Field', 'Current (old) value', 'New value']);
    expect(within(row('Name')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Rita Lopes', 'Rita Lopes Silva']);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getAllByText(closed)).toHaveLength(1);
  });

  it('says once why a viewer outside the team can do nothing, whatever the number of actions', () => {
    const reason = 'Only members of WRT can change this request.';
    renderView({
      refused: { addField: reason, editField: reason, dropField: reason, syncOldValues: reason, applyAsFix: reason, applyAsUpdate: reason, reject: reason },
    });
    expect(screen.getAllByText(reason)).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says why applying is refused, once for both apply buttons', () => {
    const reason = 'Only members of WRT can apply a change.';
    renderView({ refused: { applyAsFix: reason, applyAsUpdate: reason } });
    expect(screen.getByRole('button', { name: 'Apply as fix' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Apply as update' })).toHaveAccessibleDescription(expect.stringContaining(reason));
    expect(screen.getAllByText(reason)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Edit name' })).toBeEnabled();
  });

  it('disables the buttons while a change to the ticket is on its way', () => {
    renderView({ busy: true });
    for (const name of ['Edit name', 'Drop gender', 'Apply as fix', 'Apply as update', 'Sync old values']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
    }
  });
});

describe('edit-person playground: running the actions', () => {
  it('applies as a fix and as an update, with empty input', async () => {
    const { user, runAction } = renderView();
    await user.click(screen.getByRole('button', { name: 'Apply as fix' }));
    expect(runAction).toHaveBeenLastCalledWith('applyAsFix', {});
    await user.click(screen.getByRole('button', { name: 'Apply as update' }));
    expect(runAction).toHaveBeenLastCalledWith('applyAsUpdate', {});
  });

  it('shows the out-of-sync refusal and offers "Sync old values", which hides it once synced', async () => {
    const runAction = vi.fn(async (key: string) => {
      if (key === 'applyAsUpdate') throw actionFailure(OUT_OF_SYNC, { code: 'PRECONDITION_FAILED', domainCode: 'edit_person.out_of_sync' });
    });
    const { user, rerenderWith } = renderView({ runAction });
    await user.click(screen.getByRole('button', { name: 'Apply as update' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`Out of sync. ${OUT_OF_SYNC}`);
    await user.click(within(alert).getByRole('button', { name: 'Sync old values' }));
    expect(runAction).toHaveBeenLastCalledWith('syncOldValues', {});
    rerenderWith(storedMetadata({ profileVersion: '2026-02-01T09:00:00.000Z', fields: [{ field: 'name', oldValue: 'Rita L. Lopes', newValue: 'Rita Lopes Silva' }] }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(row('Name')).getAllByRole('cell')[0]).toHaveTextContent('Rita L. Lopes');
  });

  it('shows any other refusal to apply in the words of the server', async () => {
    const gone = 'The competitor profile 2019LOPE01 is no longer in the directory; reject the request.';
    const { user } = renderView({ runAction: vi.fn().mockRejectedValue(actionFailure(gone, { code: 'PRECONDITION_FAILED', domainCode: 'edit_person.profile_gone' })) });
    await user.click(screen.getByRole('button', { name: 'Apply as fix' }));
    expect(screen.getByRole('alert')).toHaveTextContent(gone);
    expect(screen.queryByText(/Out of sync/)).toBeNull();
  });

  it('edits a field’s new value in place and sends it', async () => {
    const { user, runAction } = renderView();
    await user.click(screen.getByRole('button', { name: 'Edit name' }));
    const box = screen.getByRole('textbox', { name: 'New name' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, 'Rita Silva{Enter}');
    expect(runAction).toHaveBeenCalledExactlyOnceWith('editField', { field: 'name', newValue: 'Rita Silva' });
    expect(screen.queryByRole('textbox', { name: 'New name' })).toBeNull();
  });

  it('shows a refused new value next to the field and keeps what was typed; Escape cancels', async () => {
    const message = "A country is its two-letter ISO code in capitals, e.g. 'PT'.";
    const runAction = vi.fn().mockRejectedValue(actionFailure(message, { fieldErrors: [{ path: 'input.newValue', message }] }));
    const { user } = renderView({ metadata: storedMetadata({ fields: [{ field: 'countryIso2', oldValue: 'ES', newValue: 'PT' }] }), runAction });
    await user.click(screen.getByRole('button', { name: 'Edit country' }));
    const box = screen.getByRole('textbox', { name: 'New country' });
    await user.clear(box);
    await user.type(box, 'x1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(runAction).toHaveBeenCalledWith('editField', { field: 'countryIso2', newValue: 'X1' });
    expect(box).toHaveValue('X1');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(expect.stringContaining(message));
    // Announced once, beside the field (the kit's Field); the form does not say it again.
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    await user.type(box, '{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New country' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit country' })).toHaveFocus();
  });

  it('drops a field, and shows why when that is refused', async () => {
    const last = 'Gender is the only field of this request; reject the request instead of dropping it.';
    const runAction = vi.fn().mockRejectedValue(actionFailure(last, { code: 'PRECONDITION_FAILED' }));
    const { user } = renderView({ runAction });
    await user.click(screen.getByRole('button', { name: 'Drop gender' }));
    expect(runAction).toHaveBeenCalledExactlyOnceWith('dropField', { field: 'gender' });
    expect(within(row('Gender')).getByRole('alert')).toHaveTextContent(last);
  });

  it('adds a field that is not yet requested', async () => {
    const { user, runAction } = renderView();
    const choice = screen.getByRole('combobox', { name: 'Field' });
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual(['Country', 'Date of birth']);
    await user.selectOptions(choice, 'Country');
    await user.type(screen.getByRole('textbox', { name: 'New country' }), 'pt');
    await user.click(screen.getByRole('button', { name: 'Add field' }));
    expect(runAction).toHaveBeenCalledExactlyOnceWith('addField', { field: 'countryIso2', newValue: 'PT' });
  });

  it('offers no "Add a field" once every field is requested', () => {
    renderView({
      metadata: storedMetadata({
        fields: [
          { field: 'name', oldValue: 'A', newValue: 'B' },
          { field: 'countryIso2', oldValue: 'ES', newValue: 'PT' },
          { field: 'dateOfBirth', oldValue: '1990-01-01', newValue: '1990-01-02' },
          { field: 'gender', oldValue: 'm', newValue: 'f' },
        ],
      }),
    });
    expect(screen.queryByRole('form', { name: 'Add a field' })).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(5);
  });

  it('rejects with a reason, and shows the server’s refusal of it next to the box', async () => {
    const refused = 'The reason names another request.';
    const runAction = vi.fn().mockRejectedValueOnce(actionFailure('The input is not valid.', { fieldErrors: [{ path: 'input.reason', message: refused }] })).mockResolvedValue(undefined);
    const { user } = renderView({ runAction });
    const box = screen.getByRole('textbox', { name: 'Reason for rejecting' });
    const send = screen.getByRole('button', { name: 'Reject' });
    expect(send).toBeDisabled();
    await user.type(box, 'Wrong person');
    await user.click(send);
    expect(runAction).toHaveBeenLastCalledWith('reject', { reason: 'Wrong person' });
    expect(box).toHaveAccessibleDescription(expect.stringContaining(refused));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.type(box, ': the passport shows another name.');
    await user.click(send);
    expect(runAction).toHaveBeenLastCalledWith('reject', { reason: 'Wrong person: the passport shows another name.' });
    expect(box).toHaveValue('');
  });

  it('checks a reason with the reject action’s own schema, in its words', () => {
    const { schema, form } = reasonVerdicts(editPersonActions.reject.input, 'request');
    expect(form).toEqual(schema);
  });
});
