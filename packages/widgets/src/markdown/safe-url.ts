const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Markdown text may hold (`&amp;`, `&#39;`, `&#x2F;`…); others stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
// Resolving against a base of our own tells a path (`/tickets/12`) from an address that only
// looks relative but names another host (`//evil.example`, `/\evil.example`, `\\evil.example`).
const SENTINEL = new URL('https://relative.invalid/');

function parse(href: string, base?: URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * The address to link to, or null when it could run script, is not a web or mail address
 * (`javascript:`, `data:`, `vbscript:`…) or is a relative address other than a path from `/`.
 * Parsed the way the browser will parse it, so tricks with entities, control characters or case
 * (`jav&#x09;ascript:`, `JaVaScRiPt:`) are judged on what the browser would actually open, and
 * what is returned is the parsed address, not the text as written:
 * - absolute `http:`/`https:`/`mailto:` addresses, normalised (`https://example.org/`);
 * - a protocol-relative address (`//evil.example/x`) names another site: it is returned as the
 *   absolute `https://evil.example/x` it is, never kept as if it were a path of this site;
 * - a path from the root (`/tickets/12`) stays a path (on the host page's site). Other relative
 *   forms (`#top`, `?q`, `page`) would depend on which page embeds the widget, so they are refused.
 * With `images`, only absolute `http:`/`https:` addresses are kept (no `mailto:`, no paths).
 */
export function safeUrl(raw: string, { images = false } = {}): string | null {
  const href = decodeEntities(raw).trim();
  if (href === '') return null;
  const absolute = parse(href) !== null;
  const url = parse(href, SENTINEL);
  if (!url) return null;
  if (!(images ? IMAGE_PROTOCOLS : LINK_PROTOCOLS).has(url.protocol)) return null;
  if (absolute || url.host !== SENTINEL.host) return url.href;
  // Relative to this page: only a path from the root, and never one the browser would read as
  // `//host` again once written back (`/..//evil.example` resolves to the path `//evil.example`).
  if (images || !/^\/(?![/\\])/.test(href.replace(/[\t\n\r]/g, '')) || url.pathname.startsWith('//')) return null;
  return url.pathname + url.search + url.hash;
}
