import type { ViteUserConfig } from 'vitest/config';

declare const config: ViteUserConfig;
export default config;

/** A ticket-type plugin's whole vitest config: API tests (`*.test.ts`) and playground tests (`*.test.tsx`, jsdom). */
export function plugin(options?: { widgetSetup?: string[] }): ViteUserConfig;

/** An app's tests that start the whole API (from source) on a database of their own, one process per file; `test` adds to it. */
export function wholeApi(test?: NonNullable<ViteUserConfig['test']>): ViteUserConfig;
