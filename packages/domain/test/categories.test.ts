import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_ORDER, Category, categoryMayBeDefaultFor, stateOfCategory } from '../src/index.js';

describe('categories', () => {
  it('are the five fixed categories in display order', () => {
    expect(CATEGORY_ORDER).toEqual(['triage', 'to_do', 'in_progress', 'done', 'canceled']);
  });

  it('decide the state: triage, to do and in progress are open; done and canceled are closed', () => {
    const open = CATEGORY_ORDER.filter((c) => stateOfCategory(c) === 'open');
    const closed = CATEGORY_ORDER.filter((c) => stateOfCategory(c) === 'closed');
    expect(open).toEqual(['triage', 'to_do', 'in_progress']);
    expect(closed).toEqual(['done', 'canceled']);
  });

  it('give each category its own icon', () => {
    const icons = CATEGORY_ORDER.map((c) => CATEGORIES[c].icon);
    expect(new Set(icons).size).toBe(5);
    expect(CATEGORIES.done.icon).toBe('status-success');
    expect(CATEGORIES.canceled.icon).toBe('status-cancelled');
  });

  it('allow the open default only in open categories, closed and duplicate only in closed ones', () => {
    for (const category of CATEGORY_ORDER) {
      const open = stateOfCategory(category) === 'open';
      expect(categoryMayBeDefaultFor(category, 'open')).toBe(open);
      expect(categoryMayBeDefaultFor(category, 'closed')).toBe(!open);
      expect(categoryMayBeDefaultFor(category, 'duplicate')).toBe(!open);
    }
  });

  it('refuse an unknown category at the boundary', () => {
    expect(Category.safeParse('blocked').success).toBe(false);
    expect(Category.safeParse('done').success).toBe(true);
  });
});
