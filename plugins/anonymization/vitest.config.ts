import { plugin } from '@tickets/vitest-config';

export default plugin({ widgetSetup: ['test/widget/setup.ts'] });
