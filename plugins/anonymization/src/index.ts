// The isomorphic half of the `anonymization` type: what runs in the browser and on the server.
// Never import ./server from here.
import { anonymizationType } from './ticket-type.js';

export * from './actions.js';
export * from './anonymization-request.js';
export * from './anonymization-scope.js';
export * from './anonymization-stored.js';
export * from './lifecycle.js';
export * from './preview.js';
export * from './preview-wording.js';
export { anonymizationType };
export default anonymizationType;
