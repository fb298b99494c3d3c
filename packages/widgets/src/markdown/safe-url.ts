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

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to link to, or null when it could run script or is not a web or mail address
 * (`javascript:`, `data:`, `vbscript:`…). Parsed the way the browser will parse it, so tricks
 * with entities, control characters or case (`jav&#x09;ascript:`, `JaVaScRiPt:`) are judged on
 * what the browser would actually open.
 */
export function safeUrl(raw: string, { images = false } = {}): string | null {
  const href = decodeEntities(raw).trim();
  if (href === '') return null;
  let url: URL;
  try {
    url = new URL(href, 'https://relative.invalid/');
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (images && url.protocol === 'mailto:') return null;
  return href;
}
