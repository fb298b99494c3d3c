import { wholeApi } from '@tickets/vitest-config';

// The API, the plugins and the demo pages from their TypeScript source, on a database of their own.
export default wholeApi();
