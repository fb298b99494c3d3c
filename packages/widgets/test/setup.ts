import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` and `waitFor` wait for a state the page reaches; they give up after this long. The
// default (1 s) is a wall-clock guess that a busy machine overruns (a reload of the whole status
// settings page took longer beside `stress-ng`), failing tests whose page was merely slow. A state
// that never comes still fails, within the test's own timeout (20 s).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
