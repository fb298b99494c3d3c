import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { StatusBadge } from '../src/components/StatusBadge.js';
import { status, STATUSES } from '../src/fixtures/index.js';

const meta = {
  title: 'Widgets/StatusBadge',
  component: StatusBadge,
  args: { status: status('In progress') },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One story per category, each with a status of the fixtures' lifecycle. */
export const Triage: Story = { args: { status: status('Needs triage') } };
export const ToDo: Story = { args: { status: status('To do') } };
export const InProgress: Story = {
  args: { status: status('In progress') },
  play: async ({ canvas }) => {
    const badge = canvas.getByRole('img', { name: 'Status: In progress (in progress)' });
    await expect(badge).toBeVisible();
    // Standalone, it is in the widgets' own font, not the browser's default serif.
    await expect(getComputedStyle(badge).fontFamily).toMatch(/^system-ui/);
  },
};
export const Done: Story = { args: { status: status('Done') } };
export const Canceled: Story = { args: { status: status("Won't do") } };

/** Every status of the lifecycle side by side. */
export const AllStatuses: Story = {
  render: () => (
    <ul className="tk-plain-list tk-row">
      {STATUSES.map((view) => (
        <li key={view.id}>
          <StatusBadge status={view} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('img')).toHaveLength(STATUSES.length);
  },
};
