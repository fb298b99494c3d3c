import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { CommentComposer, MAX_COMMENT_LENGTH } from '../src/components/CommentComposer.js';
import { ACTING_AS_WRT } from '../src/fixtures/index.js';

const meta = {
  title: 'Widgets/CommentComposer',
  component: CommentComposer,
  args: { onSubmit: fn(), onBehalfOf: ACTING_AS_WRT.name, busy: false },
} satisfies Meta<typeof CommentComposer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types Markdown, previews it, and sends it with Ctrl+Enter: the box empties once sent. */
export const WriteAndSend: Story = {
  play: async ({ args, canvas, step }) => {
    const box = canvas.getByRole('textbox', { name: 'Comment' });
    const send = canvas.getByRole('button', { name: 'Comment on behalf of WRT' });
    await expect(send).toBeDisabled();
    await step('write', async () => {
      await userEvent.type(box, 'Checked the **passport**.');
      await expect(send).toBeEnabled();
    });
    await step('preview', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Preview' }));
      const preview = canvas.getByRole('region', { name: 'Preview' });
      await expect(preview).toHaveTextContent('Checked the passport.');
      await expect(preview.querySelector('strong')).toHaveTextContent('passport');
      await expect(box).not.toBeVisible();
      await userEvent.click(canvas.getByRole('button', { name: 'Preview' }));
    });
    await step('send with Ctrl+Enter', async () => {
      await userEvent.type(box, '{Control>}{Enter}{/Control}');
      await expect(args.onSubmit).toHaveBeenCalledWith('Checked the **passport**.');
      await waitFor(() => expect(box).toHaveValue(''));
    });
  },
};

/** Sending fails: the text stays, so nothing written is lost. */
export const SendingFails: Story = {
  args: { onSubmit: fn(() => Promise.reject(new Error('WRT is no longer active on this ticket.'))) },
  play: async ({ args, canvas }) => {
    const box = canvas.getByRole('textbox', { name: 'Comment' });
    await userEvent.type(box, 'Done.');
    await userEvent.click(canvas.getByRole('button', { name: 'Comment on behalf of WRT' }));
    await expect(args.onSubmit).toHaveBeenCalledWith('Done.');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Comment on behalf of WRT' })).toBeEnabled());
    await expect(box).toHaveValue('Done.');
  },
};

/** While it is on its way the button says so and waits. */
export const Sending: Story = {
  args: { onSubmit: fn(() => new Promise<void>(() => {})) },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Comment' }), 'Almost there');
    await userEvent.click(canvas.getByRole('button', { name: 'Comment on behalf of WRT' }));
    await expect(await canvas.findByRole('button', { name: 'Sending…' })).toBeDisabled();
  },
};

/** Writing for oneself: a plain "Comment". */
export const ForOneself: Story = {
  args: { onBehalfOf: null },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Comment' })).toBeDisabled();
  },
};

/** Over the limit: the box says by how much and the button stays off. */
export const TooLong: Story = {
  play: async ({ args, canvas }) => {
    const box = canvas.getByRole('textbox', { name: 'Comment' });
    // Typing ten thousand characters one by one would be slow: paste them.
    await userEvent.click(box);
    await userEvent.paste('x'.repeat(MAX_COMMENT_LENGTH + 1));
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText(/can be at most 10,000 characters; this one has 10,001/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Comment on behalf of WRT' })).toBeDisabled();
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};
