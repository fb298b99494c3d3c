import { plugin } from '@tickets/eslint-config';

// The posting steps and the statuses are plain values (no zod): the checklist shows them.
export default plugin({ zodFree: ['posting-steps', 'lifecycle'], translated: true });
