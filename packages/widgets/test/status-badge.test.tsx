import { CATEGORIES, CATEGORY_ORDER, SYSTEM_STATUSES } from '@tickets/domain';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge, statusLabel } from '../src/components/StatusBadge.js';
import { STATUS_ICON_NAMES } from '../src/components/StatusIcon.js';
import { NEEDS_TRIAGE, statusView } from '../src/fixtures/index.js';

describe('StatusBadge', () => {
  it('names the status and its category for screen readers', () => {
    render(<StatusBadge status={statusView(SYSTEM_STATUSES[1]!)} />);
    const badge = screen.getByRole('img', { name: 'Status: In progress (in progress)' });
    expect(badge).toHaveTextContent('In progress');
    expect(badge.querySelector('svg')).toHaveAttribute('data-icon', 'status-running');
    expect(badge.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(badge.querySelector('svg')).toHaveStyle({ color: '#1f75cb' });
  });

  it.each([...SYSTEM_STATUSES, NEEDS_TRIAGE].map((status) => [status.name, status] as const))('labels %s with its category and draws its icon', (_name, status) => {
    const view = statusView(status);
    render(<StatusBadge status={view} />);
    const badge = screen.getByRole('img', { name: `Status: ${status.name} (${CATEGORIES[status.category].label.toLowerCase()})` });
    expect(badge.querySelector('svg')).toHaveAttribute('data-icon', CATEGORIES[status.category].icon);
  });

  it('reads "Won\'t do" as a canceled status', () => {
    expect(statusLabel(statusView(SYSTEM_STATUSES[3]!))).toBe("Status: Won't do (canceled)");
  });
});

describe('the widgets agree with the domain', () => {
  it('draws every category icon the domain names', () => {
    for (const category of CATEGORY_ORDER) expect(STATUS_ICON_NAMES).toContain(CATEGORIES[category].icon);
  });
});
