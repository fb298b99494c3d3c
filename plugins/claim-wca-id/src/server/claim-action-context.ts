import type { ActionOutcome, ActionRunContext } from '@tickets/plugin-kit/server';
import type { ClaimWcaIdStored } from '../claim-metadata.js';

export type ClaimActionContext<Input> = ActionRunContext<ClaimWcaIdStored, Input>;
export type ClaimOutcome = ActionOutcome<ClaimWcaIdStored>;
