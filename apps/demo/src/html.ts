// Tiny helpers for the demo's server-rendered HTML: every value that reaches a page goes through `esc`.

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

export const SITE_CSS = `
:root {
  --site-green: #029347; --site-dark: #1d2b36; --site-bg: #f4f6f8; --site-text: #222; --site-muted: #5b6770;
  --tickets-font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --tickets-color: var(--site-text); --tickets-muted: var(--site-muted); --tickets-border: #d5dbe0;
  --tickets-background: #fff; --tickets-accent: var(--site-green); --tickets-error: #c62828;
}
* { box-sizing: border-box; }
body { margin: 0; font-family: var(--tickets-font-family); color: var(--site-text); background: var(--site-bg); line-height: 1.5; }
.site-nav { background: var(--site-dark); color: #fff; border-bottom: 4px solid var(--site-green); }
.site-nav .inner { max-width: 1080px; margin: 0 auto; padding: 0 1rem; display: flex; align-items: center; gap: 1.5rem; min-height: 3.5rem; flex-wrap: wrap; }
.site-brand { font-weight: 700; font-size: 1.1rem; color: #fff; text-decoration: none; display: flex; align-items: center; gap: .5rem; }
.site-brand .cube { width: 1.4rem; height: 1.4rem; border-radius: 3px; background: conic-gradient(#029347 0 25%, #ffd313 0 50%, #c62535 0 75%, #0051ba 0); }
.site-links { display: flex; gap: .25rem; list-style: none; margin: 0; padding: 0; flex: 1; }
.site-links a { color: #dfe6ea; text-decoration: none; padding: .45rem .75rem; border-radius: 4px; white-space: nowrap; }
.site-links a:hover, .site-links a[aria-current="page"] { background: rgba(255,255,255,.12); color: #fff; }
.site-user { display: flex; align-items: center; gap: .5rem; font-size: .9rem; }
.site-user select { font: inherit; padding: .25rem .4rem; border-radius: 4px; border: 0; }
main { max-width: 1080px; margin: 1.5rem auto; padding: 0 1rem; }
.card { background: #fff; border: 1px solid #d5dbe0; border-radius: 6px; padding: 1.25rem 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
.lead { color: var(--site-muted); margin-top: -.5rem; }
form.site-form { display: grid; gap: 1rem; max-width: 34rem; }
.field label { display: block; font-weight: 600; margin-bottom: .25rem; }
.field input, .field select { width: 100%; font: inherit; padding: .45rem .6rem; border: 1px solid #b9c2c9; border-radius: 4px; }
.field .hint { color: var(--site-muted); font-size: .85rem; }
.field .error, .form-error { color: #c62828; font-size: .9rem; margin: .25rem 0 0; }
.field.invalid input, .field.invalid select { border-color: #c62828; }
.form-error { border: 1px solid #c62828; background: #fdecea; padding: .5rem .75rem; border-radius: 4px; }
button.primary { font: inherit; font-weight: 600; background: var(--site-green); color: #fff; border: 0; border-radius: 4px; padding: .55rem 1.1rem; cursor: pointer; justify-self: start; }
.site-footer { max-width: 1080px; margin: 2rem auto; padding: 0 1rem; color: var(--site-muted); font-size: .85rem; }
`;
