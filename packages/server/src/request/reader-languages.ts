const LANGUAGE_TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i;
/** More than any reader names; a longer header is someone else's problem, not a loop of ours. */
const MAX_LANGUAGES = 16;

/**
 * The languages a reader wants, most wanted first, from an `Accept-Language` header
 * (`es-AR, es;q=0.9, en;q=0.5`): the widgets send their reader's (the element's `lang`, the host
 * page's, the token's); a browser's own is the same header. Anything that is not a language tag is
 * skipped, `*` included (English is every chain's end anyway).
 */
export function readerLanguages(header: string | readonly string[] | undefined): string[] {
  const text = typeof header === 'string' ? header : (header ?? []).join(',');
  const wanted: Array<{ tag: string; q: number; index: number }> = [];
  for (const [index, part] of text.split(',').slice(0, MAX_LANGUAGES).entries()) {
    const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    if (!LANGUAGE_TAG.test(tag)) continue;
    const weight = parameters.find((parameter) => /^q=/i.test(parameter));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    if (Number.isFinite(q) && q > 0) wanted.push({ tag, q, index });
  }
  return wanted.sort((a, b) => b.q - a.q || a.index - b.index).map((entry) => entry.tag);
}
