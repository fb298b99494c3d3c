// The embed bundles (this package's tickets-widgets.js, apps/demo's demo-widgets.js) run the widgets
// on Preact's React API instead of React itself: React 19 alone is ~68 KB gzip of the 90 KB budget,
// Preact with its compat layer ~11 KB. Everything else — the jsdom tests, Storybook, its interaction
// and accessibility tests — runs on React, so designers review the components React renders; the
// browser tests of the built bundles (the custom elements' bundle test, the demo's journey test) check
// that Preact renders them the same. Plain JS (not TS) because Vite loads it from another package's config.
import { fileURLToPath } from 'node:url';

/** Where a Preact entry point lives, as an absolute path: the aliased imports come from packages
 * (TanStack Query, the plugins) that cannot see `preact` themselves under pnpm's strict layout. */
const preact = (specifier) => fileURLToPath(import.meta.resolve(specifier));

/** Vite `resolve.alias` entries mapping React's entry points to Preact's. Exact matches only. */
export const reactAsPreact = [
  { find: /^react-dom\/client$/, replacement: preact('preact/compat/client') },
  { find: /^react-dom$/, replacement: preact('preact/compat') },
  { find: /^react\/jsx-runtime$/, replacement: preact('preact/compat/jsx-runtime') },
  { find: /^react\/jsx-dev-runtime$/, replacement: preact('preact/compat/jsx-dev-runtime') },
  { find: /^react$/, replacement: preact('preact/compat') },
];

/** Whether a Vite alias entry is one of the above (Storybook drops them: it shows React). */
export const isReactAsPreact = (entry) => reactAsPreact.some((own) => own.replacement === entry.replacement);
