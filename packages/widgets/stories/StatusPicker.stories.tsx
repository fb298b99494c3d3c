import type { Meta, StoryObj } from '@storybook/react-vite';
import { CATEGORY_ORDER, type Status } from '@tickets/domain';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { StatusPicker } from '../src/components/StatusPicker.js';
import { ACTING_AS_WRT, status, STATUSES, statusView } from '../src/fixtures/index.js';

const meta = {
  title: 'Widgets/StatusPicker',
  component: StatusPicker,
  args: {
    statuses: STATUSES,
    currentStatusId: status('In progress').id,
    allowedStatusIds: ACTING_AS_WRT.allowedStatusIds,
    onSelect: fn(),
    busy: false,
  },
} satisfies Meta<typeof StatusPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** As WRT on ticket #12: opens, offers only the allowed moves grouped by category, and sends one. */
export const ChooseAStatus: Story = {
  play: async ({ args, canvas, step }) => {
    const toggle = canvas.getByRole('button', { name: 'Change status' });
    await step('open the choices', async () => {
      await userEvent.click(toggle);
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const panel = canvas.getByRole('group', { name: 'Move to status' });
      await expect(panel).toBeVisible();
      // The allowed moves (To do, Done, Won't do, Duplicate), never the current status.
      await expect(canvas.getAllByRole('button').map((button) => button.textContent)).toEqual(['Change status', 'To do', 'Done', "Won't do", 'Duplicate']);
      await expect(canvas.getByRole('group', { name: 'Canceled' })).toBeVisible();
      await expect(canvas.queryByRole('button', { name: 'In progress' })).toBeNull();
      await waitFor(() => expect(canvas.getByRole('button', { name: 'To do' })).toHaveFocus());
    });
    await step('choose Done', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Done' }));
      await expect(args.onSelect).toHaveBeenCalledTimes(1);
      await expect(args.onSelect).toHaveBeenCalledWith(status('Done').id);
      await expect(canvas.queryByRole('group', { name: 'Move to status' })).toBeNull();
      await expect(toggle).toHaveFocus();
    });
  },
};

/** Escape closes the choices without choosing, and gives focus back to the button. */
export const EscapeCloses: Story = {
  play: async ({ args, canvas }) => {
    const toggle = canvas.getByRole('button', { name: 'Change status' });
    await userEvent.click(toggle);
    await expect(canvas.getByRole('group', { name: 'Move to status' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('group', { name: 'Move to status' })).toBeNull();
    await expect(toggle).toHaveFocus();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};

/** A click outside closes the choices without choosing; the focus stays where the click put it. */
export const OutsideClickCloses: Story = {
  play: async ({ args, canvas, canvasElement }) => {
    const toggle = canvas.getByRole('button', { name: 'Change status' });
    await userEvent.click(toggle);
    await expect(canvas.getByRole('group', { name: 'Move to status' })).toBeVisible();
    await userEvent.click(canvasElement.ownerDocument.body);
    await expect(canvas.queryByRole('group', { name: 'Move to status' })).toBeNull();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};

/** Escape closes the choices wherever the focus went meanwhile (here, the page), and gives it back to the button. */
export const EscapeClosesFromAnywhere: Story = {
  play: async ({ args, canvas }) => {
    const toggle = canvas.getByRole('button', { name: 'Change status' });
    await userEvent.click(toggle);
    await expect(canvas.getByRole('group', { name: 'Move to status' })).toBeVisible();
    (toggle.ownerDocument.activeElement as HTMLElement | null)?.blur();
    await expect(toggle.ownerDocument.activeElement).toBe(toggle.ownerDocument.body);
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('group', { name: 'Move to status' })).toBeNull();
    await expect(toggle).toHaveFocus();
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};

/** A change is on its way: the button waits. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Change status' })).toBeDisabled();
  },
};

/** No move is open to the viewer (e.g. acting as a cc stakeholder): nothing is rendered. */
export const NoMoveAllowed: Story = {
  args: { allowedStatusIds: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('button')).toBeNull();
  },
};

/** A custom lifecycle with three statuses in every category, all allowed. */
const MANY: readonly Status[] = CATEGORY_ORDER.flatMap((category, index) =>
  ['Waiting for the Delegate', 'Waiting for the competitor’s documents', 'Escalated to the WCA Board'].map(
    (name, position): Status => ({ id: 2000 + index * 10 + position, name: `${name} (${category.replace('_', ' ')})`, color: '#1f75cb', description: `A ${category} status.`, category, position, systemOrigin: null }),
  ),
);
const MANY_VIEWS = MANY.map(statusView);

export const ManyStatuses: Story = {
  args: { statuses: MANY_VIEWS, currentStatusId: MANY_VIEWS[0]!.id, allowedStatusIds: MANY_VIEWS.map((view) => view.id) },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Change status' }));
    await expect(canvas.getAllByRole('button', { name: /\(/ })).toHaveLength(MANY_VIEWS.length - 1);
  },
};
