import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { StatusPicker } from '../src/components/StatusPicker.js';
import { TicketHeader } from '../src/components/TicketHeader.js';
import { ACTING_AS_WRT, status, STATUSES, ticketDetail } from '../src/fixtures/index.js';

const { ticket } = ticketDetail();

const meta = {
  title: 'Widgets/TicketHeader',
  component: TicketHeader,
  args: { ticket, headingLevel: 2 },
} satisfies Meta<typeof TicketHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ticket #12 as the fixtures have it. */
export const Open: Story = {};

/** With the status picker beside the status, as on the ticket page. */
export const WithStatusPicker: Story = {
  args: {
    statusControl: <StatusPicker statuses={STATUSES} currentStatusId={ticket.status.id} allowedStatusIds={ACTING_AS_WRT.allowedStatusIds} onSelect={fn()} />,
  },
};

/** Closed as a duplicate of another ticket. */
export const ClosedAsDuplicate: Story = {
  args: {
    ticket: { ...ticket, status: status('Duplicate'), state: 'closed', duplicateOfId: 7, closedAt: '2026-11-22T08:30:00.000Z' },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Closed')).toBeVisible();
    await expect(canvas.getByText(/duplicate of #7/)).toBeVisible();
  },
};

const LONG_NAME = 'Maria Aparecida Conceição dos Santos Albuquerque de Oliveira-Vasconcelos';

/** Long title, type and opener's name: everything wraps, nothing overflows. */
export const LongNames: Story = {
  args: {
    ticket: {
      ...ticket,
      id: 123456,
      typeTitle: 'Change of the registered name, country and date of birth of a competitor',
      title:
        'Please correct the transliteration of my name in all results since 2003, including the World Championship 2025 and every national championship in between, and merge my two profiles',
      createdBy: { userId: 99, name: LONG_NAME },
    },
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText(new RegExp(LONG_NAME))).toBeVisible();
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth + 1);
  },
};

/** A level-1 heading, for a host page whose outline starts here. */
export const HeadingLevel1: Story = {
  args: { headingLevel: 1 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: ticket.title })).toBeVisible();
  },
};
