import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConnectedTicketQueue } from '../src/connected/ConnectedTicketQueue.js';
import { fakeApi, loadedApi, NEVER, withFakeApi } from './support.js';

const meta = {
  title: 'Widgets/TicketQueue',
  component: ConnectedTicketQueue,
  args: { type: 'competition-result', ticketHref: (id: number) => `/tickets/${id}`, headingLevel: 2 },
  loaders: [fakeApi()],
  decorators: [withFakeApi],
} satisfies Meta<typeof ConnectedTicketQueue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The results team's posting queue: each status with its count, who holds what and since when; a group pages on its own. */
export const PostingQueue: Story = {
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    const submitted = await canvas.findByRole('region', { name: 'Submitted (3)' });
    await expect(within(submitted).getAllByRole('link').map((link) => link.textContent)).toEqual(['Porto Open 2026 results', 'Lisbon Summer 2026 results']);
    const locked = canvas.getByRole('region', { name: 'Locked for posting (1)' });
    await expect(locked).toHaveTextContent(/held by Ana Kowalska since/);
    await expect(canvas.getByRole('region', { name: 'Inbox results merged (0)' })).toHaveTextContent('Nothing here.');
    await userEvent.click(within(submitted).getByRole('button', { name: 'More in Submitted' }));
    await waitFor(() => expect(within(submitted).getAllByRole('link')).toHaveLength(3));
    await expect(within(submitted).queryByRole('button', { name: 'More in Submitted' })).toBeNull();
    await expect(api.calls.at(-1)?.input).toMatchObject({ type: 'competition-result', statusId: 41, cursor: '2' });
  },
};

/** Only what the viewer holds: the filter asks the API again. */
export const HeldByMe: Story = {
  play: async (context) => {
    const { canvas } = context;
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Held by' }), 'Held by me');
    await expect(await canvas.findByRole('region', { name: 'Submitted (0)' })).toHaveTextContent('Nothing here.');
    await expect(canvas.getByRole('region', { name: 'Locked for posting (1)' })).toHaveTextContent('Warsaw Spring 2026 results');
  },
};

/** The queue is on its way. */
export const Loading: Story = {
  loaders: [fakeApi({ latencyMs: NEVER })],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the queue…');
  },
};

/** In Polish: the queue's words, who holds what, and "Więcej: …"; the type's statuses and titles as the API sends them. */
export const InPolish: Story = {
  globals: { locale: 'pl' },
  play: async ({ canvas }) => {
    // The Polish words first: the groups' names (the type's statuses, data) may show before they do.
    await expect(await canvas.findByRole('combobox', { name: 'Prowadzi' })).toBeVisible();
    const submitted = await canvas.findByRole('region', { name: 'Submitted (3)' });
    await expect(canvas.getByRole('region', { name: 'Locked for posting (1)' })).toHaveTextContent(/prowadzi Ana Kowalska od/);
    await expect(canvas.getByRole('region', { name: 'Inbox results merged (0)' })).toHaveTextContent('Nic tu nie ma.');
    await expect(within(submitted).getByRole('button', { name: 'Więcej: Submitted' })).toBeVisible();
  },
};
