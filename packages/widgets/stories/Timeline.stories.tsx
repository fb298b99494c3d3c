import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { TimelineEntry } from '../src/api/types.js';
import { Timeline } from '../src/components/Timeline.js';
import { ACTORS, commentEntry, logEntry, PEOPLE, status, TIMELINE } from '../src/fixtures/index.js';

const meta = {
  title: 'Widgets/Timeline',
  component: Timeline,
  args: { entries: TIMELINE, hasMore: false, loadingMore: false, onLoadMore: fn() },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ticket #12's story: created, WRT added by the system, comments, a status move. */
export const Default: Story = {};

export const Empty: Story = {
  args: { entries: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Nothing has happened on this ticket yet.')).toBeVisible();
  },
};

/** Comments written for a group read "on behalf of"; those for oneself do not. */
export const OnBehalfOf: Story = {
  args: {
    entries: [
      commentEntry(301, '2026-11-21T10:00:00.000Z', { id: PEOPLE.ana.id, name: PEOPLE.ana.name }, PEOPLE.wrt, 'Checked against the **passport**: we will fix it.'),
      commentEntry(302, '2026-11-21T10:05:00.000Z', { id: PEOPLE.rita.id, name: PEOPLE.rita.name }, PEOPLE.rita, 'Thank you!'),
      logEntry(303, '2026-11-21T10:06:00.000Z', { type: 'ticket.status_changed', from: label('In progress'), to: label('Done') }, ACTORS.ana, PEOPLE.wrt),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('article', { name: 'Comment by Ana Kowalska on behalf of WRT' })).toBeVisible();
    await expect(canvas.getByRole('article', { name: 'Comment by Rita Lopes' })).toBeVisible();
    await expect(canvas.getByText('Ana Kowalska changed the status from In progress to Done on behalf of WRT.')).toBeVisible();
  },
};

function label(name: string) {
  const { id, category } = status(name);
  return { id, name, category };
}

/** Forty entries of back and forth, with another page to load. */
const MANY: readonly TimelineEntry[] = [
  ...TIMELINE,
  ...Array.from({ length: 36 }, (_, index): TimelineEntry => {
    const at = new Date(Date.UTC(2026, 10, 22, 8, index * 5)).toISOString();
    if (index % 3 === 2) {
      const [from, to] = index % 2 ? ['In progress', 'To do'] : ['To do', 'In progress'];
      return logEntry(400 + index, at, { type: 'ticket.status_changed', from: label(from), to: label(to) }, ACTORS.ana, PEOPLE.wrt);
    }
    return index % 2
      ? commentEntry(400 + index, at, { id: PEOPLE.rita.id, name: PEOPLE.rita.name }, PEOPLE.rita, `Reply ${index}: here is the _document_ you asked for.`)
      : commentEntry(400 + index, at, { id: PEOPLE.ana.id, name: PEOPLE.ana.name }, PEOPLE.wrt, `Question ${index}: could you send \`a scan\` of the [certificate](https://example.org/certificate)?`);
  }),
];

export const ManyEntries: Story = {
  args: { entries: MANY, hasMore: true },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.tk-timeline > li')).toHaveLength(MANY.length);
    await expect(canvas.getByRole('button', { name: 'Show more' })).toBeEnabled();
  },
};

export const LoadingMore: Story = {
  args: { entries: MANY, hasMore: true, loadingMore: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Loading…' })).toBeDisabled();
  },
};

/** A comment sent but not yet stored. */
export const Sending: Story = {
  args: {
    entries: [...TIMELINE, commentEntry(999, '2026-11-21T15:00:00.000Z', { id: PEOPLE.ana.id, name: PEOPLE.ana.name }, PEOPLE.wrt, 'On its way.')],
    pendingIds: new Set([999]),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/sending…/)).toBeVisible();
  },
};

/**
 * Comments that once blanked the page: a quote 4,999 deep, an emphasis bomb, an image from a host
 * that is not allowed, and an entry the page cannot render (its author is missing).
 */
export const HostileComments: Story = {
  args: {
    entries: [
      ...TIMELINE.slice(0, 2),
      commentEntry(501, '2026-11-21T11:00:00.000Z', { id: PEOPLE.rita.id, name: PEOPLE.rita.name }, PEOPLE.rita, '> '.repeat(4999)),
      commentEntry(502, '2026-11-21T11:01:00.000Z', { id: PEOPLE.rita.id, name: PEOPLE.rita.name }, PEOPLE.rita, '*'.repeat(4999) + 'a' + '*'.repeat(4999)),
      commentEntry(503, '2026-11-21T11:02:00.000Z', { id: PEOPLE.rita.id, name: PEOPLE.rita.name }, PEOPLE.rita, 'My scan: ![passport](https://tracker.example/pixel.png)'),
      { ...commentEntry(504, '2026-11-21T11:03:00.000Z', { id: 0, name: '' }, PEOPLE.rita, 'A **broken** entry.'), author: null } as unknown as TimelineEntry,
      commentEntry(505, '2026-11-21T11:04:00.000Z', { id: PEOPLE.ana.id, name: PEOPLE.ana.name }, PEOPLE.wrt, 'Still readable.'),
    ],
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('This comment could not be shown.')).toBeVisible();
    await expect(canvas.getByText('Still readable.')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Image: passport (tracker.example)' })).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelectorAll('blockquote blockquote blockquote blockquote blockquote blockquote blockquote blockquote')).toHaveLength(1);
  },
};

/** GitHub-flavoured Markdown as people write it: headings sized by their level (## larger than the text), a task list with boxes. */
export const MarkdownAsOnGitHub: Story = {
  args: {
    entries: [
      commentEntry(
        401,
        '2026-11-21T10:00:00.000Z',
        { id: PEOPLE.ana.id, name: PEOPLE.ana.name },
        PEOPLE.wrt,
        '## What we checked\n\nThe passport and the registration.\n\n- [x] Apply the fix\n- [ ] Tell the requester',
      ),
    ],
  },
  play: async ({ canvas }) => {
    const heading = canvas.getByText('What we checked');
    const text = canvas.getByText('The passport and the registration.');
    await expect(parseFloat(getComputedStyle(heading).fontSize)).toBeGreaterThan(parseFloat(getComputedStyle(text).fontSize));
    await expect(canvas.getByRole('checkbox', { name: 'done' })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: 'not done' })).not.toBeChecked();
    await expect(canvas.getByText('Apply the fix').textContent).toBe('Apply the fix');
    await expect(canvas.queryByText(/\[[x ]\]/)).toBeNull();
  },
};
