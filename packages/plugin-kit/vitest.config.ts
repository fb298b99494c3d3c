import { defineConfig, mergeConfig } from 'vitest/config';
import base from '@tickets/vitest-config';

// The widget helpers' tests are .tsx and run on jsdom (`// @vitest-environment jsdom` in each file).
export default mergeConfig(base, defineConfig({ test: { include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.ts'] } }));
