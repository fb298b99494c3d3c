/**
 * The languages a widget's reader wants, most wanted first: the element's own `lang`, the host
 * page's `<html lang>`, then the `locale` claim of the token the host gave it (a preference, read
 * without verifying: the API verifies the token, and a wrong language is no breach).
 */
export function wantedLocales(element: HTMLElement, token: string | null): string[] {
  return [element.getAttribute('lang'), document.documentElement.lang, tokenLocale(token)].filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '');
}

function tokenLocale(token: string | null): string | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { locale?: unknown };
    return typeof claims.locale === 'string' ? claims.locale : null;
  } catch {
    return null;
  }
}

/** The writing direction around the element: its own `dir`, the nearest ancestor's, or the page's. */
export function pageDirection(element: HTMLElement): 'rtl' | 'ltr' {
  const dir = element.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.dir;
  return dir?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}
