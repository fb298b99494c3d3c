import { icuCatalogs, icuWithoutParser } from '@tickets/plugin-kit/build/icu-catalogs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { embedLoader } from './build/embed-loader.js';
import { reactAsPreact } from './build/react-as-preact.js';
import { FIRST_PAINT_KEY, startFirstPaint } from './src/api/first-paint.js';
import { wantedLocales } from './src/elements/page-language.js';

/** Libraries without import side effects that do not say so: lets the bundler drop what is unused. */
const PURE_PACKAGES = /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:@trpc|@tanstack|marked)[\\/]/;

/**
 * The shared runtime a ticket type's playground module imports (src/runtime/README.md): fixed
 * names, since playgrounds are built apart from the widgets and import them by path.
 */
const RUNTIME = {
  'runtime/react': 'src/runtime/react.js',
  'runtime/react-jsx-runtime': 'src/runtime/react-jsx-runtime.js',
  'runtime/react-dom': 'src/runtime/react-dom.js',
  'runtime/plugin-kit-widget': 'src/runtime/plugin-kit-widget.js',
};

// ES modules for any page: the widgets and their styles on Preact's React API (see
// build/react-as-preact.js), registering the custom elements. `dist/tickets-widgets.js` is the
// stable loader (build/embed-loader.js); the core and its chunks are content-hashed.
export default defineConfig({
  // Catalogs are compiled to ICU syntax trees, so the bundle carries no ICU parser (src/i18n).
  plugins: [react(), icuCatalogs(), embedLoader({ firstPaint: startFirstPaint, firstPaintKey: FIRST_PAINT_KEY, wantedLocales })],
  resolve: { alias: [...reactAsPreact, ...icuWithoutParser] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: { entry: { core: 'src/embed.ts', ...RUNTIME }, formats: ['es'] },
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !PURE_PACKAGES.test(id) },
      // Keep every export of the runtime's entries: playgrounds built later may use any of them.
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: (chunk) => (chunk.name.startsWith('runtime/') ? '[name].js' : '[name].[hash].js'),
        chunkFileNames: 'chunks/[name].[hash].js',
        // Library mode keeps whitespace by default; the bundle is for browsers, so minify fully.
        minify: true,
      },
    },
  },
});
