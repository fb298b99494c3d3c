import base from '@tickets/vitest-config';
import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vitest/config';

export default mergeConfig(
  base,
  defineConfig({
    plugins: [react()],
    test: {
      include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
      environment: 'jsdom',
      setupFiles: ['test/setup.ts'],
      // Process the widgets' stylesheet, so the custom elements' tests see the CSS they adopt.
      css: { include: [/widgets\.css/] },
    },
  }),
);
