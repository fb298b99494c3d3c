import { describe, expect, it } from 'vitest';
import { TicketTitle, TITLE_MESSAGES } from '../src/index.js';

function messagesOf(title: string): string[] {
  const result = TicketTitle.safeParse(title);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('ticket title', () => {
  it('is trimmed and keeps any visible text, in any script', () => {
    expect(TicketTitle.parse('  Results page broken  ')).toBe('Results page broken');
    for (const title of ['Zmiana nazwiska — Łódź', '名前の変更', 'تغيير الاسم', 'Typo 👩‍👩‍👧 family emoji', "Won't do"]) {
      expect(messagesOf(title)).toEqual([]);
    }
  });

  it('has 1 to 255 characters', () => {
    expect(messagesOf('   ')).toEqual([TITLE_MESSAGES.empty]);
    expect(messagesOf('x'.repeat(255))).toEqual([]);
    expect(messagesOf('x'.repeat(256))).toEqual([TITLE_MESSAGES.tooLong]);
  });

  it('refuses line breaks, tabs, ESC and the other control characters', () => {
    for (const title of ['Broken\r\nInjected: header', 'Broken\nline', 'Tab\there', 'Red \u001b[31malert\u001b[0m', 'Bell\u0007', 'C1 \u0085 next line', 'DEL\u007f']) {
      expect(messagesOf(title)).toEqual([TITLE_MESSAGES.control]);
    }
  });

  it('refuses bidi overrides and isolates, which reorder the text around them', () => {
    for (const char of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(messagesOf(`invoice ${char}fdp.exe`)).toEqual([TITLE_MESSAGES.bidi]);
    }
  });

  it('refuses a title made only of invisible characters', () => {
    for (const title of ['\u200b', '\u200b\u200c\u200d', '\u2060\ufeff\u200b', '\u3164', '\u2800\u2800', '\u00a0\u200b']) {
      expect(messagesOf(title)).toEqual([TITLE_MESSAGES.invisible]);
    }
    expect(messagesOf('a\u200bb')).toEqual([]);
  });
});
