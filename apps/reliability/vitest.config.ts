import { wholeApi } from '@tickets/vitest-config';

export default wholeApi({
  // One file at a time: each drives the machine's two cores hard (32 clients, a killed process,
  // a restarted database), and overlapping them would only measure each other.
  fileParallelism: false,
  testTimeout: 120_000,
});
