import { defineConfig, mergeConfig } from 'vitest/config';
import base from '@tickets/vitest-config';

// Unit tests of the bench's own arithmetic and tables; the bench itself is `pnpm bench`.
export default mergeConfig(base, defineConfig({ test: {} }));
