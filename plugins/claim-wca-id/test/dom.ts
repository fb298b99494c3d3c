// Testing Library on jsdom for the playground's tests (each file opts into jsdom in its first line).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
