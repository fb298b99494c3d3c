import css from '../styles/widgets.css?inline';

let shared: CSSStyleSheet | null | undefined;

/** One constructable stylesheet for every widget on the page, where the browser has them. */
function sharedSheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  shared = null;
  if (typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in ShadowRoot.prototype) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shared = sheet;
    } catch {
      // Fall back to a <style> element below.
    }
  }
  return shared;
}

/** Gives a widget's shadow root the widgets' styles: adopted where possible, else a `<style>` element. */
export function adoptStyles(shadow: ShadowRoot): void {
  const sheet = sharedSheet();
  if (sheet) {
    if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return;
  }
  if (shadow.querySelector('style[data-tickets]')) return;
  const style = document.createElement('style');
  style.dataset.tickets = '';
  style.textContent = css;
  shadow.prepend(style);
}
