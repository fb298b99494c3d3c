import { plugin } from '@tickets/eslint-config';

export default plugin({ translated: true });
