import { describe, expect, it } from 'vitest';
import ticketType, { BugReport } from '../src/index.js';

describe('bug-report: rules', () => {
  it('refuses a report without a page address or a description, saying why', () => {
    const result = BugReport.safeParse({ page: 'the results page', description: 'broken' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['page', 'Paste the address of the page where it happens.'],
      ['description', 'Describe what happens in a sentence or two.'],
    ]);
  });

  it('takes only web addresses (http or https) as the page', () => {
    for (const page of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd']) {
      expect(BugReport.safeParse({ page, description: 'The page is blank.' }).error?.issues[0]?.message).toBe('Paste the address of the page where it happens.');
    }
    expect(BugReport.safeParse({ page: 'http://example.org/results', description: 'The page is blank.' }).success).toBe(true);
  });

  it('assigns WST', () => {
    expect(ticketType.startingStakeholders?.({ requesterId: 1, metadata: { page: 'https://example.org', description: 'The page is blank.' } })).toEqual([
      { principal: { group: 'WST' }, connection: 'assigned', role: 'actioner' },
    ]);
  });
});
