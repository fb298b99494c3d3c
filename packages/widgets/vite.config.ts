import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { reactAsPreact } from './build/react-as-preact.js';

/** Libraries without import side effects that do not say so: lets the bundler drop what is unused. */
const PURE_PACKAGES = /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:@trpc|@tanstack|marked)[\\/]/;

// One ES module for any page: the widgets and their styles on Preact's React API (see
// build/react-as-preact.js), registering the custom elements.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: reactAsPreact },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'tickets-widgets.js' },
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !PURE_PACKAGES.test(id) },
      // Library mode keeps whitespace by default; the bundle is for browsers, so minify fully.
      output: { minify: true },
    },
  },
});
