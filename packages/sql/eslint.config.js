import { base, pure } from '@tickets/eslint-config';

export default [...base(), ...pure()];
