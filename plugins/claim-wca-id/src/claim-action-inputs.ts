import { rejectionInput } from '@tickets/plugin-kit';
import { z } from 'zod';
import { INVALID } from './claim-invalid.js';

export const ApproveInput = z.object({});
export type ApproveInput = z.output<typeof ApproveInput>;

export const RejectInput = rejectionInput('claim');
export type RejectInput = z.output<typeof RejectInput>;

export const HandOverInput = z.object({
  delegateUserId: z
    .number({ message: INVALID.chooseHandOverDelegate })
    .int(INVALID.chooseHandOverDelegate)
    .positive(INVALID.chooseHandOverDelegate),
});
export type HandOverInput = z.output<typeof HandOverInput>;
