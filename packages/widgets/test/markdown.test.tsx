import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../src/markdown/safe-url.js';
import { SafeMarkdown } from '../src/markdown/SafeMarkdown.js';

function renderMarkdown(source: string) {
  const { container } = render(<SafeMarkdown source={source} />);
  return container.querySelector('.tk-markdown') as HTMLElement;
}

describe('SafeMarkdown', () => {
  it('renders Markdown formatting', () => {
    const html = renderMarkdown('# Title\n\n**bold** _em_ ~~gone~~ `code`\n\n> quoted\n\n1. one\n2. two\n\n- [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx < y\n```');
    expect(within(html).getByRole('heading', { level: 4, name: 'Title' })).toBeInTheDocument();
    expect(html.querySelector('strong')).toHaveTextContent('bold');
    expect(html.querySelector('em')).toHaveTextContent('em');
    expect(html.querySelector('del')).toHaveTextContent('gone');
    expect(html.querySelector('blockquote')).toHaveTextContent('quoted');
    expect(within(html).getByRole('checkbox', { name: 'done' })).toBeChecked();
    expect(within(html).getByRole('table')).toHaveTextContent('ab12');
    expect(html.querySelector('pre code')).toHaveTextContent('x < y');
  });

  it('shows raw HTML as text and never runs a script', () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n<div onclick="alert(3)">block</div>');
    expect(html.querySelector('script')).toBeNull();
    expect(html.querySelector('img')).toBeNull();
    expect(html.querySelector('[onerror],[onclick]')).toBeNull();
    expect(html).toHaveTextContent('Hi <script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).toHaveTextContent('<div onclick="alert(3)">block</div>');
  });

  it('drops links that would run script, keeps web and mail links', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](jav&#x09;ascript:alert(1)) [d](data:text/html,<b>x</b>) [e](vbscript:x) <javascript:alert(1)> [ok](https://www.worldcubeassociation.org/persons) [mail](mailto:results@example.org) [rel](/tickets/12)',
    );
    const links = within(html).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://www.worldcubeassociation.org/persons', 'mailto:results@example.org', '/tickets/12']);
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer nofollow ugc');
    // The text of a dropped link stays, as text.
    expect(html).toHaveTextContent(/a b c d e/);
    // `<javascript:alert(1)>` is shown as the text it is.
    expect(html).toHaveTextContent('javascript:alert(1)');
    for (const anchor of html.querySelectorAll('a')) expect(anchor.getAttribute('href')).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    expect(html.querySelectorAll('a')).toHaveLength(3);
  });

  it('keeps images only from web addresses', () => {
    const html = renderMarkdown('![proof](https://example.org/passport.png) ![bad](javascript:alert(1))');
    const images = html.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAttribute('src', 'https://example.org/passport.png');
    expect(images[0]).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(html).toHaveTextContent('bad');
  });

  it('decodes character references in text without turning them into markup', () => {
    const html = renderMarkdown('Fish &amp; chips &lt;b&gt;not bold&lt;/b&gt; &#39;quoted&#39;');
    expect(html).toHaveTextContent("Fish & chips <b>not bold</b> 'quoted'");
    expect(html.querySelector('b')).toBeNull();
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['http://example.org', 'http://example.org'],
    ['mailto:someone@example.org', 'mailto:someone@example.org'],
    ['/relative/path', '/relative/path'],
    ['#anchor', '#anchor'],
    ['javascript:alert(1)', null],
    [' \tjavascript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['&#106;avascript:alert(1)', null],
    ['data:text/html;base64,PHNjcmlwdD4=', null],
    ['file:///etc/passwd', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(safeUrl(raw)).toBe(expected);
  });
});

describe('a comment on the page', () => {
  it('can be read by a screen reader as text', () => {
    render(<SafeMarkdown source="Thanks, **Rita**." />);
    expect(screen.getByText('Rita')).toBeInTheDocument();
  });
});
