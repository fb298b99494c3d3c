// The 'competition-result' playground's tests: the widgets' Storybook (which picks up plugins/*/stories)
// runs each story in Chromium with its `play` and an axe check. The results team's checklist in each
// state that matters (nobody holds it, the viewer holds it, another member holds it, no newcomers,
// posted), and the Delegates' view (progress; aborted, with the form to submit again).
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Stakeholder, Viewer } from '@tickets/domain';
import { playgroundScene, playgroundStory, ticketPageFor } from '@tickets/plugin-kit/widget/testing';
import { TicketPage } from '@tickets/widgets';
import { expect, fn, userEvent, within } from 'storybook/test';
import ticketType, { type CompetitionResultStored, type PostingLock } from '../src/index.js';
import playground, { DelegateView, PostingChecklist } from '../src/widget/index.js';

const porto = { kind: 'competition', id: 1, name: 'Porto Open 2026' } as const;
const wrt = { kind: 'group', id: 1, name: 'WRT' } as const;
const DORA: Stakeholder = { id: 11, principal: { kind: 'user', id: 5, name: 'Dora Delegate' }, connection: 'cc', role: 'requester', isActive: true };
const TEAM: Stakeholder = { id: 12, principal: wrt, connection: 'assigned', role: 'actioner', isActive: true };
const COMPETITION: Stakeholder = { id: 13, principal: porto, connection: 'cc', role: 'requester', isActive: true };
const ANA: Viewer = { userId: 3, name: 'Ana Kowalska', isSiteAdmin: false, memberships: [wrt] };
const DORA_VIEWER: Viewer = { userId: 5, name: 'Dora Delegate', isSiteAdmin: false, memberships: [porto] };
const ANAS_LOCK: PostingLock = { userId: 3, name: 'Ana Kowalska', since: '2026-01-05T10:30:00.000Z' };
const BENS_LOCK: PostingLock = { userId: 4, name: 'Ben Okafor', since: '2026-01-05T10:30:00.000Z' };

function submission(changes: Partial<CompetitionResultStored> = {}): CompetitionResultStored {
  return {
    competitionId: 1,
    competitionName: 'Porto Open 2026',
    results: 412,
    scrambles: 36,
    newcomers: ['Maria Newcomer'],
    note: null,
    submissions: 1,
    lock: null,
    done: [],
    warnings: [],
    wcaIds: [],
    abortReason: null,
    ...changes,
  };
}

/** Ana of WRT on the ticket, acting for WRT; each action judged by its own `can`. */
function teamScene(metadata: CompetitionResultStored, status = 'Submitted') {
  return playgroundScene(ticketType, { metadata, status, viewer: ANA, actingAs: TEAM, stakeholders: [DORA, TEAM, COMPETITION], ticket: { title: 'Porto Open 2026 results' } });
}

/** Dora, a Delegate of Porto, acting for the competition. */
function delegateScene(metadata: CompetitionResultStored, status = 'Submitted') {
  return playgroundScene(ticketType, { metadata, status, viewer: DORA_VIEWER, actingAs: COMPETITION, stakeholders: [DORA, TEAM, COMPETITION], ticket: { title: 'Porto Open 2026 results' } });
}

const meta = { title: "Plugins/Post a competition's results", ...playgroundStory(PostingChecklist, { ...teamScene(submission()), runAction: fn(async () => {}) }) } satisfies Meta<typeof PostingChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Submitted, nobody holds it: the member locks it for posting. */
export const NobodyHoldsIt: Story = {
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const view = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(view.getByText('Nobody holds this competition yet.')).toBeVisible();
    await userEvent.click(view.getByRole('button', { name: 'Lock for posting' }));
    await expect(args.runAction).toHaveBeenCalledWith('lockForPosting', {});
  },
};

/** The viewer holds it: the next step is open with its button, the others wait. */
export const HoldingIt: Story = {
  args: { ...teamScene(submission({ lock: ANAS_LOCK, done: ['verifyWarnings'] }), 'Warnings verified') },
  play: async ({ canvas, args }) => {
    const steps = canvas.getByRole('list', { name: 'Posting steps' });
    const current = within(steps).getAllByRole('listitem').find((item) => item.getAttribute('aria-current') === 'step')!;
    await expect(current).toHaveTextContent('Merge the inbox results');
    await userEvent.click(within(current).getByRole('button', { name: 'Merge the inbox results' }));
    await expect(args.runAction).toHaveBeenCalledWith('mergeInboxResults', {});
    await expect(canvas.getByText(/holds Porto Open 2026 for posting since/)).toHaveTextContent('Ana Kowalska');
  },
};

/** Another member holds it: the step is greyed out, saying who holds it, and the viewer may take over. */
export const SomeoneElseHoldsIt: Story = {
  args: { ...teamScene(submission({ lock: BENS_LOCK }), 'Locked for posting') },
  play: async ({ canvas }) => {
    const step = canvas.getByRole('button', { name: 'Verify the warnings' });
    await expect(step).toBeDisabled();
    await expect(step).toHaveAccessibleDescription('Ben Okafor holds this competition for posting; take it over first.');
    await expect(canvas.getByRole('button', { name: 'Take over' })).toBeEnabled();
  },
};

/** No newcomers: their two steps are skipped, and posting comes right after the scrambles. */
export const NoNewcomers: Story = {
  args: { ...teamScene(submission({ newcomers: [], lock: ANAS_LOCK, done: ['verifyWarnings', 'mergeInboxResults', 'mergeInboxScrambles'] }), 'Inbox scrambles merged') },
  play: async ({ canvas }) => {
    const items = within(canvas.getByRole('list', { name: 'Posting steps' })).getAllByRole('listitem');
    await expect(items.filter((item) => item.dataset['state'] === 'skipped').map((item) => item.textContent)).toEqual([
      'Verify the newcomers · Skipped: no newcomers',
      'Create WCA IDs · Skipped: no newcomers',
    ]);
    await expect(canvas.getByRole('button', { name: 'Post the results' })).toBeEnabled();
  },
};

/** Posted: every step done, the WCA IDs listed, nothing left to press. */
export const Posted: Story = {
  args: {
    ...teamScene(
      submission({ done: ['verifyWarnings', 'mergeInboxResults', 'mergeInboxScrambles', 'verifyNewcomers', 'createWcaIds', 'post'], wcaIds: ['2026NEWC01'], warnings: ['1 newcomer to check before WCA IDs are created.'] }),
      'Posted',
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('WCA IDs created: 2026NEWC01')).toBeVisible();
    await expect(canvas.queryAllByRole('button')).toEqual([]);
  },
};

/** The Delegates follow the posting: who works on it and how far it got. */
export const DelegatesFollow: Story = {
  render: (args) => <DelegateView {...args} />,
  args: { ...delegateScene(submission({ lock: ANAS_LOCK, done: ['verifyWarnings'] }), 'Warnings verified') },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Ana Kowalska of the results team is posting it: 1 of 6 steps done, next: merge the inbox results.');
  },
};

/** Aborted: the Delegates read why and submit corrected results. */
export const AbortedDelegatesSubmitAgain: Story = {
  render: (args) => <DelegateView {...args} />,
  args: { ...delegateScene(submission({ abortReason: 'The 3x3 round 2 results are missing.' }), 'Aborted') },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('The 3x3 round 2 results are missing.')).toBeVisible();
    const results = canvas.getByRole('textbox', { name: 'Results' });
    await userEvent.clear(results);
    await userEvent.type(results, '420');
    await userEvent.click(canvas.getByRole('button', { name: 'Submit again' }));
    await expect(args.runAction).toHaveBeenCalledWith('resubmit', { results: 420, scrambles: 36, newcomers: ['Maria Newcomer'] });
  },
};
