import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { imageAllowed, parseImageHosts } from '../src/markdown/image-hosts.js';
import { ImageHostsProvider } from '../src/markdown/ImageHostsContext.js';
import { safeUrl } from '../src/markdown/safe-url.js';
import { SafeMarkdown } from '../src/markdown/SafeMarkdown.js';

function renderMarkdown(source: string, imageHosts?: string) {
  const { container } = render(
    <ImageHostsProvider hosts={imageHosts}>
      <SafeMarkdown source={source} />
    </ImageHostsProvider>,
  );
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

  it('renders a task list as GitHub does: a box for each task and its text, never the literal [x] or [ ]', () => {
    for (const source of ['- [x] Apply the fix\n- [ ] Tell the requester', '- [x] Apply the fix\n\n- [ ] Tell the requester']) {
      const html = renderMarkdown(source);
      expect(within(html).getByRole('checkbox', { name: 'done' })).toBeChecked();
      expect(within(html).getByRole('checkbox', { name: 'not done' })).not.toBeChecked();
      expect(within(html).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Apply the fix', 'Tell the requester']);
      expect(html.textContent).not.toMatch(/\[[x ]\]/);
    }
  });

  it('marks each heading with its Markdown level, which its size follows (## is a level-2 heading, not a small one)', () => {
    const html = renderMarkdown('# One\n\n## Two\n\n### Three');
    expect([...html.querySelectorAll('[data-level]')].map((heading) => `${heading.tagName}:${heading.getAttribute('data-level')}`)).toEqual(['H4:1', 'H5:2', 'H6:3']);
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

  it('treats a protocol-relative link as the other site it names, never as a path of this one', () => {
    const html = renderMarkdown('[a](//evil.example/login) [b](/\\evil.example/x) [e](/..//evil.example) [f](#top) [g](page.html) [h](/tickets/12)');
    const hrefs = within(html)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://evil.example/login', 'https://evil.example/x', '/tickets/12']);
    for (const href of hrefs) expect(href).not.toMatch(/^[/\\]{2}/);
    expect(within(html).getByRole('link', { name: 'a' })).toHaveAttribute('rel', 'noopener noreferrer nofollow ugc');
    expect(html).toHaveTextContent(/e f g h/);
  });

  it('loads images only from the allowed hosts; any other image is a link saying it is one', () => {
    const html = renderMarkdown(
      '![proof](https://wca.example/passport.png) ![pixel](https://tracker.example/p.gif) ![](//tracker.example/q.gif) ![bad](javascript:alert(1)) ![data](data:image/png;base64,AAAA) [![inside](https://tracker.example/r.gif)](https://wca.example/persons)',
      'wca.example, cdn.example',
    );
    const images = html.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAttribute('src', 'https://wca.example/passport.png');
    expect(images[0]).toHaveAttribute('alt', 'proof');
    expect(images[0]).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(within(html).getByRole('link', { name: 'Image: pixel (tracker.example)' })).toHaveAttribute('href', 'https://tracker.example/p.gif');
    expect(within(html).getByRole('link', { name: 'Image: no description (tracker.example)' })).toHaveAttribute('href', 'https://tracker.example/q.gif');
    // An image in a link is told in the link's words (a link in a link is not HTML).
    expect(within(html).getByRole('link', { name: 'Image: inside (tracker.example)' })).toHaveAttribute('href', 'https://wca.example/persons');
    expect(html.querySelectorAll('a a')).toHaveLength(0);
    // Addresses that could run script are neither loaded nor linked: their words stay.
    expect(html).toHaveTextContent('Image: bad');
    expect(html).toHaveTextContent('Image: data');
    for (const anchor of html.querySelectorAll('a')) expect(anchor.getAttribute('href')).toMatch(/^https:/);
  });

  it('loads no image at all unless hosts are allowed', () => {
    const html = renderMarkdown('![proof](https://wca.example/passport.png)');
    expect(html.querySelector('img')).toBeNull();
    expect(within(html).getByRole('link', { name: 'Image: proof (wca.example)' })).toHaveAttribute('rel', 'noopener noreferrer nofollow ugc');
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
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://Example.ORG/x', 'https://example.org/x'],
    ['mailto:someone@example.org', 'mailto:someone@example.org'],
    ['/relative/path?q=1#a', '/relative/path?q=1#a'],
    ['//evil.example', 'https://evil.example/'],
    ['//evil.example/a', 'https://evil.example/a'],
    ['/\\evil.example', 'https://evil.example/'],
    ['\\\\evil.example', 'https://evil.example/'],
    [' /\t/evil.example', 'https://evil.example/'],
    ['/..//evil.example', null],
    ['#anchor', null],
    ['relative/path', null],
    ['?q=1', null],
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

  it.each([
    ['https://cdn.example/a.png', 'https://cdn.example/a.png'],
    ['//cdn.example/a.png', 'https://cdn.example/a.png'],
    ['/a.png', null],
    ['mailto:a@b.example', null],
    ['data:image/png;base64,AAAA', null],
  ])('as an image %j → %j', (raw, expected) => {
    expect(safeUrl(raw, { images: true })).toBe(expected);
  });
});

describe('image hosts', () => {
  it('reads a list of hosts the way the browser reads addresses', () => {
    expect([...parseImageHosts(' WCA.example, cdn.example:8443 https://img.example\nuser:pw@x.example, https://x.example/path, [::1,')]).toEqual(['wca.example', 'cdn.example:8443', 'img.example']);
    expect(parseImageHosts(null).size).toBe(0);
  });

  it('allows only an exact host, port included', () => {
    const hosts = parseImageHosts('wca.example,127.0.0.1:8080');
    expect(imageAllowed('https://wca.example/a.png', hosts)).toBe(true);
    expect(imageAllowed('http://127.0.0.1:8080/a.png', hosts)).toBe(true);
    expect(imageAllowed('http://127.0.0.1:8081/a.png', hosts)).toBe(false);
    expect(imageAllowed('https://evil.wca.example/a.png', hosts)).toBe(false);
    expect(imageAllowed('https://wca.example.evil.example/a.png', hosts)).toBe(false);
    expect(imageAllowed('/a.png', hosts)).toBe(false);
  });
});

describe('a comment on the page', () => {
  it('can be read by a screen reader as text', () => {
    render(<SafeMarkdown source="Thanks, **Rita**." />);
    expect(screen.getByText('Rita')).toBeInTheDocument();
  });
});
