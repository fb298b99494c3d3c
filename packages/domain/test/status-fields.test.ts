import { describe, expect, it } from 'vitest';
import { HexColor, LifecycleName, sameName, StatusDescription, StatusName } from '../src/index.js';

function messageOf(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  return result.error?.issues[0]?.message;
}

describe('status name', () => {
  it('is trimmed', () => {
    expect(StatusName.parse('  Blocked  ')).toBe('Blocked');
  });

  it('must have 1 to 32 characters after trimming', () => {
    expect(messageOf(StatusName.safeParse('   '))).toBe('A status name cannot be empty.');
    expect(StatusName.safeParse('x'.repeat(32)).success).toBe(true);
    expect(messageOf(StatusName.safeParse('x'.repeat(33)))).toBe('A status name can be at most 32 characters long.');
  });

  it('refuses control characters', () => {
    expect(messageOf(StatusName.safeParse('Needs\ninfo'))).toMatch(/control characters/);
    expect(messageOf(StatusName.safeParse('Needs\u0007info'))).toMatch(/control characters/);
  });

  it('refuses a quote or backtick at either end but allows one inside', () => {
    for (const bad of ['"Blocked', "Blocked'", '`Blocked', 'Blocked`', "'Blocked'"]) {
      expect(messageOf(StatusName.safeParse(bad))).toBe('A status name cannot start or end with a quote or a backtick.');
    }
    expect(StatusName.parse("Won't do")).toBe("Won't do");
  });

  it('compares ignoring case and surrounding blanks', () => {
    expect(sameName('Blocked', ' blocked ')).toBe(true);
    expect(sameName('Blocked', 'Block')).toBe(false);
  });
});

describe('status description and colour', () => {
  it('allows a description of up to 128 characters', () => {
    expect(StatusDescription.safeParse('d'.repeat(128)).success).toBe(true);
    expect(messageOf(StatusDescription.safeParse('d'.repeat(129)))).toBe('A status description can be at most 128 characters long.');
  });

  it('accepts #rrggbb colours only, stored in lower case', () => {
    expect(HexColor.parse('#1F75CB')).toBe('#1f75cb');
    for (const bad of ['1f75cb', '#1f75c', '#1f75cbb', 'blue', '#ggg000']) {
      expect(messageOf(HexColor.safeParse(bad))).toBe('A colour must be written as #rrggbb, for example #1f75cb.');
    }
  });
});

describe('lifecycle name', () => {
  it('is 1 to 64 characters', () => {
    expect(LifecycleName.safeParse('l'.repeat(64)).success).toBe(true);
    expect(messageOf(LifecycleName.safeParse('l'.repeat(65)))).toBe('A lifecycle name can be at most 64 characters long.');
    expect(messageOf(LifecycleName.safeParse(''))).toBe('A lifecycle name cannot be empty.');
  });
});
