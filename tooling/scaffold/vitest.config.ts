import base from '@tickets/vitest-config';
import { defineConfig, mergeConfig } from 'vitest/config';

// One test, which installs a copy of the repository and runs a new package's whole suite in it.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 15 * 60_000, hookTimeout: 5 * 60_000 } }));
