import { base } from '@tickets/eslint-config';

export default [...base()];
