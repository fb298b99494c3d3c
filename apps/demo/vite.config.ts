import react from '@vitejs/plugin-react';
import { reactAsPreact } from '@tickets/widgets/react-as-preact';
import { defineConfig } from 'vite';

// The demo's embed script: the widgets' custom elements and every configured plugin's playground in
// one ES module, so one React serves them all — Preact's React API, as in the widgets' own bundle
// (see packages/widgets/build/react-as-preact.js). `source` makes `@tickets/widgets/embed` resolve to its
// TypeScript source (not its own prebuilt bundle, which carries a React of its own).
export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: ['source', 'module', 'browser', 'production', 'default'], alias: reactAsPreact },
  build: {
    target: 'es2022',
    outDir: 'dist',
    lib: { entry: 'src/embed/main.ts', formats: ['es'], fileName: () => 'demo-widgets.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
