import { plugin } from '@tickets/eslint-config';

export default plugin({ zodFree: ['person-field-names'], translated: true });
