import { plugin } from '@tickets/vitest-config';

export default plugin();
