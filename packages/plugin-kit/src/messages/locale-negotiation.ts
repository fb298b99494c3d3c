/** The language every catalog is complete in, and the end of every fallback chain. */
export const DEFAULT_LOCALE = 'en';

/**
 * The first locale a catalog has for what the reader wants, most wanted first (the widget's `lang`,
 * the host page's `<html lang>`, the token's locale): each wanted tag, then each of its shorter
 * forms (`es-AR` → `es`), then English. Tags compare without regard to case; empty ones are skipped.
 */
export function negotiateLocale(wanted: ReadonlyArray<string | null | undefined>, available: readonly string[]): string {
  const byLowerCase = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of wanted) {
    if (!tag) continue;
    const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
    for (let length = parts.length; length > 0; length--) {
      const found = byLowerCase.get(parts.slice(0, length).join('-'));
      if (found) return found;
    }
  }
  return DEFAULT_LOCALE;
}
