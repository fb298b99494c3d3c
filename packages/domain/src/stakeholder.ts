import { z } from 'zod';
import { PrincipalLabel } from './principals.js';

export const StakeholderId = z.number().int().positive();
export type StakeholderId = z.infer<typeof StakeholderId>;

/** How the stakeholder is connected: responsible, kept in the loop, or silently in the loop. */
export const Connection = z.enum(['assigned', 'cc', 'bcc']);
export type Connection = z.infer<typeof Connection>;

/** The stakeholder's part in the ticket's story: who asked, or who works on it. */
export const StakeholderRole = z.enum(['requester', 'actioner']);
export type StakeholderRole = z.infer<typeof StakeholderRole>;

export const Stakeholder = z.object({
  id: StakeholderId,
  principal: PrincipalLabel,
  connection: Connection,
  role: StakeholderRole,
  /** Only active stakeholders act; inactive ones keep read access to what they took part in. */
  isActive: z.boolean(),
});
export type Stakeholder = z.infer<typeof Stakeholder>;

/** A stakeholder not yet stored (no id): what a plan asks the caller to insert. */
export const NewStakeholder = Stakeholder.omit({ id: true });
export type NewStakeholder = z.infer<typeof NewStakeholder>;
