// The isomorphic half: the definition and its schemas. Server code lives in ./server only.
export { claimWcaIdTicketType as default, claimWcaIdTicketType } from './claim-wca-id.js';
export { ClaimWcaIdMetadata, ClaimWcaIdStored } from './claim-metadata.js';
export { ApproveInput, HandOverInput, RejectInput } from './claim-action-inputs.js';
export { CLAIM_STATUS, claimLifecycle, claimTransitions } from './claim-lifecycle.js';
export { assignedDelegates, DELEGATES_GROUP, isDelegateAssignment, notOwnClaim, onlyAssignedDelegate, onlyDelegates } from './delegate-rules.js';
export { WCA_ID_PATTERN, WcaId } from './wca-id.js';
