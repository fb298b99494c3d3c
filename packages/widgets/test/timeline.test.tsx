import { describeLogEntry } from '@tickets/domain';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { commentByline, Timeline } from '../src/components/Timeline.js';
import { ACTORS, PEOPLE, TIMELINE } from '../src/fixtures/index.js';

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

  it('shows the sentences the domain writes', () => {
    render(<Timeline entries={TIMELINE} />);
    for (const entry of TIMELINE) {
      if (entry.kind === 'log') expect(screen.getByText(describeLogEntry(entry))).toBeInTheDocument();
    }
  });

  it('names the author alone when they wrote for themselves', () => {
    expect(commentByline({ author: { userId: 3, name: 'Ana Kowalska' }, actingAs: PEOPLE.ana })).toBe('by Ana Kowalska');
    expect(commentByline({ author: { userId: 3, name: 'Ana Kowalska' }, actingAs: PEOPLE.wrt })).toBe('by Ana Kowalska on behalf of WRT');
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
});
