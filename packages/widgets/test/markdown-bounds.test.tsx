// Comments are up to 10,000 characters from anyone: whatever they hold, rendering one must end,
// within a bounded depth and number of elements, and show what was written.
import { render, within } from '@testing-library/react';
import type { Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMITS } from '../src/markdown/limits.js';
import { SafeMarkdown } from '../src/markdown/SafeMarkdown.js';
import { MAX_TOKEN_DEPTH, tokenCost } from '../src/markdown/token-cost.js';
import { nestingDepth } from './nesting-depth.js';

const COMMENT_MAX = 10_000;
/** `unit` repeated up to a comment's length. */
const fill = (unit: string) => unit.repeat(Math.floor(COMMENT_MAX / unit.length));

function renderMarkdown(source: string) {
  const { container } = render(<SafeMarkdown source={source} />);
  return container.querySelector('.tk-markdown') as HTMLElement;
}

/** What a reader sees, spaces collapsed: what was written must still be there. */
const words = (element: Element) => (element.textContent ?? '').replace(/\s+/g, '');

describe('a hostile comment renders, bounded', () => {
  it('a quote nested 4,999 deep: the first levels are quotes, the rest is text', () => {
    const html = renderMarkdown(fill('> '));
    expect(nestingDepth(html, 'blockquote')).toBe(MARKDOWN_LIMITS.blockNesting);
    expect(html).toHaveTextContent('> > > >');
  });

  it('an emphasis bomb: a bounded nest of emphasis around the text', () => {
    const source = '*'.repeat(4999) + 'a' + '*'.repeat(4999);
    const html = renderMarkdown(source);
    expect(nestingDepth(html, 'em, strong')).toBeLessThanOrEqual(MARKDOWN_LIMITS.inlineNesting);
    expect(nestingDepth(html, 'em, strong')).toBeGreaterThan(0);
    expect(words(html)).toContain('*a*');
    expect(words(html).length).toBeGreaterThan(9000);
  });

  it.each([
    ['underscores', '_'.repeat(4999) + 'a' + '_'.repeat(4999)],
    ['strikethrough', '~~'.repeat(2499) + 'a' + '~~'.repeat(2499)],
    ['emphasis and links', fill('*[a*](https://example.org/)')],
  ])('%s nest no deeper than the limit', (_name, source) => {
    const html = renderMarkdown(source);
    expect(nestingDepth(html, 'em, strong, del, a')).toBeLessThanOrEqual(MARKDOWN_LIMITS.inlineNesting);
  });

  it.each([
    ['ordered list markers', fill('1. ')],
    ['bullets', fill('+ ')],
    ['quotes in lists', fill('- > ')],
    ['lists in quotes', fill('> 1. ')],
    ['indented lists', Array.from({ length: 300 }, (_, level) => `${' '.repeat(level * 2)}- a`).join('\n').slice(0, COMMENT_MAX)],
  ])('%s nest no deeper than the limit', (_name, source) => {
    const html = renderMarkdown(source);
    expect(nestingDepth(html, 'blockquote, ul, ol')).toBeLessThanOrEqual(MARKDOWN_LIMITS.blockNesting);
  });

  it('5,000 nested link brackets: one link at most, never a link in a link', () => {
    const html = renderMarkdown('['.repeat(4990) + 'a](https://example.org/)' + ']'.repeat(4970));
    expect(within(html).getAllByRole('link')).toHaveLength(1);
    expect(html.querySelectorAll('a a')).toHaveLength(0);
    expect(html).toHaveTextContent('[[[[');
  });

  it('images nested in image descriptions stay shallow', () => {
    const html = renderMarkdown('!['.repeat(2400) + 'a' + '](https://example.org/i.png)'.repeat(300));
    expect(nestingDepth(html, '*')).toBeLessThan(2 * MARKDOWN_LIMITS.inlineNesting + 4);
  });

  it.each([
    ['backtick runs', Array.from({ length: 140 }, (_, run) => '`'.repeat(run + 1)).join(' ').slice(0, COMMENT_MAX)],
    ['mixed code spans', fill('` ``')],
    ['10,000 list markers', fill('- ')],
    ['2,500 list items', fill('- a\n')],
    ['a table 2,000 columns wide', `|${'a|'.repeat(2000)}\n|${'-|'.repeat(2000)}\n|${'x|'.repeat(900)}`],
    ['a table of 1,600 rows', '|a|b|\n|-|-|\n' + fill('|x|y|\n').slice(0, COMMENT_MAX - 12)],
    ['2,500 paragraphs', fill('a\n\n')],
    ['2,500 headings', fill('a\n=\n')],
    ['3,000 autolinks', fill('www.a.io ')],
  ])('%s: no more elements than the limit, and every character still shown', (_name, source) => {
    const html = renderMarkdown(source);
    expect(html.querySelectorAll('*').length).toBeLessThanOrEqual(MARKDOWN_LIMITS.renderedNodes + 1);
    // Formatting characters (`|`, `-`, `=`, `` ` ``) may go, the words may not.
    const written = source.replace(/[\s|`=#*-]/g, '');
    expect(words(html).replace(/[|`=#*-]/g, '')).toBe(written);
  });

  it('past the element limit the rest of the comment is its plain text', () => {
    const source = fill('para\n\n');
    const html = renderMarkdown(source);
    const plain = html.querySelector('.tk-markdown-plain');
    expect(plain).not.toBeNull();
    expect(html.querySelectorAll(':scope > p:not(.tk-markdown-plain)').length).toBeGreaterThan(500);
    expect(plain?.textContent).toMatch(/^para\n\npara/);
  });

  it('an ordinary long comment is rendered in full', () => {
    const html = renderMarkdown(Array.from({ length: 40 }, (_, row) => `- item **${row}** with [a link](https://example.org/${row})`).join('\n'));
    expect(html.querySelector('.tk-markdown-plain')).toBeNull();
    expect(within(html).getAllByRole('link')).toHaveLength(40);
  });
});

describe('tokenCost', () => {
  it('counts elements and stops counting past the limit', () => {
    const text = (value: string): Token => ({ type: 'text', raw: value, text: value });
    const paragraph: Token = { type: 'paragraph', raw: 'a b', text: 'a b', tokens: [text('a'), text('b')] };
    expect(tokenCost([paragraph, paragraph], 100)).toBe(6);
    expect(tokenCost([paragraph, paragraph], 4)).toBe(5);
  });

  it('refuses tokens nested deeper than it will render', () => {
    let deep: Token = { type: 'text', raw: 'a', text: 'a' };
    for (let level = 0; level <= MAX_TOKEN_DEPTH; level += 1) deep = { type: 'strong', raw: 'a', text: 'a', tokens: [deep] };
    expect(tokenCost([deep], 1_000)).toBe(1_001);
  });
});
