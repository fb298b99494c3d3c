import { plugin } from '@tickets/eslint-config';

// The playground may take values from these two: they carry no zod.
export default plugin({ zodFree: ['constants', 'preview-wording'], translated: true });
