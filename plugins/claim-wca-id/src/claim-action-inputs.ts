import { rejectionInput } from '@tickets/plugin-kit';
import { z } from 'zod';

export const ApproveInput = z.object({});
export type ApproveInput = z.output<typeof ApproveInput>;

export const RejectInput = rejectionInput('claim');
export type RejectInput = z.output<typeof RejectInput>;

export const HandOverInput = z.object({
  delegateUserId: z
    .number({ message: 'Choose the Delegate to hand the request to.' })
    .int('Choose the Delegate to hand the request to.')
    .positive('Choose the Delegate to hand the request to.'),
});
export type HandOverInput = z.output<typeof HandOverInput>;
