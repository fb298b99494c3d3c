import { describeLogEntry } from '@tickets/domain';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { translatorFor } from '@tickets/plugin-kit/widget';
import { commentByline, FIRST_PAINT_ENTRIES, initialsOf, Timeline } from '../src/components/Timeline.js';
import { ticketMessages } from '../src/i18n/ticket-messages.js';

const english = translatorFor(ticketMessages);
import type { TimelineEntry } from '../src/api/types.js';
import { ACTORS, commentEntry, PEOPLE, TIMELINE } from '../src/fixtures/index.js';

describe('Timeline', () => {
  it('merges comments and log sentences in time order, saying whom a comment was written for', () => {
    render(<Timeline entries={TIMELINE} />);
    const list = within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('list')[0]!;
    const items = [...list.children];
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent("Rita Lopes created this edit-person ticket 'Correct my date of birth' with status To do.");
    expect(items[1]).toHaveTextContent('The system added WRT (assigned, actioner) (the starting stakeholders of edit-person).');
    expect(screen.getByRole('article', { name: 'Comment by Rita Lopes' })).toHaveTextContent('My passport is attached. The day and month are swapped.');
    expect(items[3]).toHaveTextContent('Ana Kowalska changed the status from To do to In progress on behalf of WRT.');
    const anas = screen.getByRole('article', { name: 'Comment by Ana Kowalska on behalf of WRT' });
    expect(anas).toHaveTextContent('by Ana Kowalska on behalf of WRT');
    expect(within(anas).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['checked the passport', 'checked the results']);
    // Times are machine-readable.
    expect(items[0]!.querySelector('time')).toHaveAttribute('datetime', '2026-11-20T09:15:00.000Z');
  });

  it("marks each comment with its author's initials, apart from the log's lines", () => {
    render(<Timeline entries={TIMELINE} />);
    const anas = screen.getByRole('article', { name: 'Comment by Ana Kowalska on behalf of WRT' });
    const mark = anas.querySelector('.tk-avatar');
    expect(mark).toHaveTextContent('AK');
    expect(mark).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getAllByRole('listitem').filter((item) => item.classList.contains('tk-log')).every((item) => item.querySelector('.tk-avatar') === null)).toBe(true);
    expect([initialsOf('Ana Kowalska'), initialsOf('Rita Lopes Silva'), initialsOf('wes'), initialsOf('Łukasz Ćwik'), initialsOf('  ')]).toEqual(['AK', 'RS', 'W', 'ŁĆ', '?']);
  });

  it('shows the sentences the domain writes', () => {
    render(<Timeline entries={TIMELINE} />);
    for (const entry of TIMELINE) {
      if (entry.kind === 'log') expect(screen.getByText(describeLogEntry(entry))).toBeInTheDocument();
    }
  });

  it('names the author alone when they wrote for themselves', () => {
    expect(commentByline({ author: { userId: 3, name: 'Ana Kowalska' }, actingAs: PEOPLE.ana }, english)).toBe('by Ana Kowalska');
    expect(commentByline({ author: { userId: 3, name: 'Ana Kowalska' }, actingAs: PEOPLE.wrt }, english)).toBe('by Ana Kowalska on behalf of WRT');
    expect(ACTORS.ana.kind).toBe('user');
  });

  it('says when nothing has happened, and pages with "Show more"', async () => {
    const user = userEvent.setup();
    const onLoadMore = vi.fn();
    const { rerender } = render(<Timeline entries={[]} />);
    expect(screen.getByText('Nothing has happened on this ticket yet.')).toBeInTheDocument();
    rerender(<Timeline entries={TIMELINE.slice(0, 2)} hasMore onLoadMore={onLoadMore} />);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
  });

  it('shows a placeholder, with the text as written, for an entry that cannot render, and every other entry', async () => {
    const user = userEvent.setup();
    // React reports the caught error on the console; the page must carry on regardless.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    // An entry the page cannot render (here: its author is missing), between two good ones.
    const broken = { ...TIMELINE[2], id: 999, author: null, body: 'Broken **entry** text' } as unknown as TimelineEntry;
    render(<Timeline entries={[...TIMELINE.slice(0, 2), broken, ...TIMELINE.slice(2)]} />);
    const items = [...within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('list')[0]!.children];
    expect(items).toHaveLength(6);
    expect(items[2]).toHaveTextContent('This comment could not be shown.');
    expect(screen.getByRole('article', { name: 'Comment by Rita Lopes' })).toHaveTextContent('My passport is attached.');
    expect(screen.getByRole('article', { name: 'Comment by Ana Kowalska on behalf of WRT' })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('Rita Lopes created this edit-person ticket');
    await user.click(within(items[2]! as HTMLElement).getByText('Show its text as written'));
    expect(within(items[2]! as HTMLElement).getByText('Broken **entry** text')).toBeVisible();
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });
});

describe('Timeline, long', () => {
  const entries = Array.from({ length: 30 }, (_, i) =>
    commentEntry(300 + i, `2026-11-22T10:${String(i).padStart(2, '0')}:00.000Z`, { id: PEOPLE.ana.id, name: PEOPLE.ana.name }, PEOPLE.wrt, `Note number ${i + 1}.`),
  );

  it('paints the first entries at once and the rest right after, in order', async () => {
    render(<Timeline entries={entries} />);
    const list = within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('list')[0]!;
    // The first paint carries the oldest entries only, beside the ticket's title.
    expect(list.children).toHaveLength(FIRST_PAINT_ENTRIES);
    expect(within(list).getByText('Note number 1.')).toBeInTheDocument();
    await waitFor(() => expect(list.children).toHaveLength(30));
    expect([...list.children].map((item) => item.textContent?.match(/Note number (\d+)/)?.[1])).toEqual(entries.map((_, i) => String(i + 1)));
  });
});
