import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { MigrationProgress } from '../src/components/MigrationProgress.js';
import { runningMigration } from '../src/fixtures/index.js';

const meta = {
  title: 'Widgets/MigrationProgress',
  component: MigrationProgress,
  args: { migration: runningMigration() },
} satisfies Meta<typeof MigrationProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Running: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('progressbar', { name: 'Moving tickets: 3,400 of 10,000' })).toHaveAttribute('value', '3400');
  },
};

export const Waiting: Story = {
  args: { migration: runningMigration({ state: 'pending', moved: 0, startedAt: null }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('progressbar', { name: 'Waiting to move 10,000 tickets.' })).toBeVisible();
  },
};

/** Users moved 12 of the tickets themselves meanwhile: done below the total. */
export const Done: Story = {
  args: { migration: runningMigration({ state: 'done', moved: 9_988, finishedAt: '2026-11-22T10:03:00.000Z' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('progressbar', { name: 'Moved 9,988 tickets.' })).toHaveAttribute('value', '10000');
  },
};

/** The status the tickets went to was removed in turn: named as it was, and said so. */
export const TargetRemovedSince: Story = {
  args: {
    migration: runningMigration({
      mappings: [{ from: { id: 1008, name: 'Blocked', category: 'in_progress' }, to: { id: 1011, name: 'Reviewing', category: 'in_progress' }, targetRemoved: true, lifecycleId: null, ticketType: null }],
    }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Blocked → Reviewing \(since removed\)/)).toBeVisible();
  },
};
