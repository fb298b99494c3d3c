import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CommentComposer, MAX_COMMENT_LENGTH } from '../src/components/CommentComposer.js';

describe('CommentComposer', () => {
  it('sends the Markdown, on behalf of the stakeholder, and clears the box', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<CommentComposer onSubmit={onSubmit} onBehalfOf="WRT" />);
    const box = screen.getByRole('textbox', { name: 'Comment' });
    const send = screen.getByRole('button', { name: 'Comment on behalf of WRT' });
    expect(send).toBeDisabled();
    await user.type(box, 'Applied as a **fix**.');
    await user.click(send);
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('Applied as a **fix**.');
    expect(box).toHaveValue('');
  });

  it('sends with Ctrl+Enter and keeps the text when sending fails', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockRejectedValue(new Error('refused'));
    render(<CommentComposer onSubmit={onSubmit} />);
    const box = screen.getByRole('textbox', { name: 'Comment' });
    await user.type(box, 'Hello');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledWith('Hello');
    expect(box).toHaveValue('Hello');
  });

  it('previews safely: a <script> shows as text and a javascript: link is no link', async () => {
    const user = userEvent.setup();
    render(<CommentComposer onSubmit={() => {}} />);
    await user.click(screen.getByRole('textbox', { name: 'Comment' }));
    await user.paste('Hi <script>alert(1)</script> [click](javascript:alert(1)) [ok](https://example.org)');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.querySelector('script')).toBeNull();
    expect(preview).toHaveTextContent('<script>alert(1)</script>');
    expect(within(preview).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['https://example.org/']);
    expect(screen.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says when a comment is too long', async () => {
    render(<CommentComposer onSubmit={() => {}} />);
    const box = screen.getByRole('textbox', { name: 'Comment' });
    const user = userEvent.setup();
    await user.click(box);
    await user.paste('x'.repeat(MAX_COMMENT_LENGTH + 1));
    expect(screen.getByText(/A comment can be at most 10,000 characters; this one has 10,001\./)).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Comment' })).toBeDisabled();
  });
});
