// The isomorphic half of the edit-person type: schemas, lifecycle and action rules. The server half
// (storage, effects) is `./server`; nothing here may import it.
import { editPersonTicketType } from './ticket-type.js';

export { editPersonActions, onlyRequester } from './actions.js';
export { EditPersonRequest, EditPersonRequestWithProof, needsProof, PROOF_REQUIRED_MESSAGE, requireProof } from './edit-person-request.js';
export { APPLY_MODES, type ApplyMode, EditPersonStored, findField, RequestedField } from './edit-person-stored.js';
export { EDIT_PERSON_LIFECYCLE, EDIT_PERSON_TRANSITIONS, STATUS, TEAM } from './lifecycle.js';
export { capitalisedLabel, FIELD_LABELS, FIELD_VALUE_SCHEMAS, FieldChange, FIELDS_NEEDING_PROOF, PERSON_FIELDS, PersonFieldName } from './person-fields.js';
export { editPersonTicketType };

export default editPersonTicketType;
