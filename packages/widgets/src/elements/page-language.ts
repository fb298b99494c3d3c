/**
 * The languages a widget's reader wants, most wanted first: the element's own `lang`, the host
 * page's `<html lang>`, then the `locale` claim of the token the host gave it (a preference, read
 * without verifying: the API verifies the token, and a wrong language is no breach). Only language
 * tags: they travel in a header (`Accept-Language`), where anything else would fail the request.
 * Self-contained (the stable loader carries its source, as it does `startFirstPaint`'s).
 */
export function wantedLocales(element: Element, token: string | null): string[] {
  let claimed: unknown = null;
  const payload = token?.split('.')[1];
  if (payload) {
    try {
      claimed = (JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { locale?: unknown }).locale;
    } catch {
      claimed = null;
    }
  }
  return [element.getAttribute('lang'), document.documentElement.lang, claimed]
    .map((tag) => (typeof tag === 'string' ? tag.trim().replace(/_/g, '-') : ''))
    .filter((tag) => /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i.test(tag));
}

/** The writing direction around the element: its own `dir`, the nearest ancestor's, or the page's. */
export function pageDirection(element: HTMLElement): 'rtl' | 'ltr' {
  const dir = element.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.dir;
  return dir?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}
