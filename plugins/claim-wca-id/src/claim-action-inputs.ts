import { z } from 'zod';

export const ApproveInput = z.object({});
export type ApproveInput = z.output<typeof ApproveInput>;

export const RejectInput = z.object({
  reason: z
    .string({ message: 'Say why the claim is rejected; the requester reads it.' })
    .trim()
    .min(3, 'Say why the claim is rejected; the requester reads it.')
    .max(1000, 'A reason can be at most 1,000 characters long.'),
});
export type RejectInput = z.output<typeof RejectInput>;

export const HandOverInput = z.object({
  delegateUserId: z
    .number({ message: 'Choose the Delegate to hand the request to.' })
    .int('Choose the Delegate to hand the request to.')
    .positive('Choose the Delegate to hand the request to.'),
});
export type HandOverInput = z.output<typeof HandOverInput>;
