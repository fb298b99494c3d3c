import { Category, LIMITS, lifecycleSizeProblem, STATUS_FIELD_MESSAGES } from '@tickets/domain';
import { TicketTypeKey } from '@tickets/plugin-kit';
import { z } from 'zod';
import { Id } from './inputs.js';

/*
 * The inputs of the status settings procedures. Field rules with their messages (name length,
 * colour format, limits, defaults) are the domain's and are checked there, so a refusal names the
 * rule ("Lifecycle can only have a maximum of 30 statuses."); these schemas only fix the shape.
 */

// A list longer than a namespace can hold is refused by its shape, before the database is asked; the
// words are the domain's (a lifecycle within that bound but over its own limit is refused there).
const LifecycleStatusIds = z.array(Id).max(LIMITS.statusesPerNamespace, lifecycleSizeProblem(LIMITS.statusesPerNamespace + 1)?.message);

const Defaults = z.object({ open: Id, closed: Id, duplicate: Id });

export const CreateStatusInput = z.object({
  name: z.string().max(200, STATUS_FIELD_MESSAGES.nameTooLong),
  /** `#rrggbb`. */
  color: z.string().max(32),
  category: Category,
  description: z.string().max(1000).nullable().optional(),
  /** Lifecycles that take the new status at once (at their end); without them it joins none yet. */
  lifecycleIds: z.array(Id).max(50).optional(),
});

export const UpdateStatusInput = z.object({
  statusId: Id,
  name: z.string().max(200, STATUS_FIELD_MESSAGES.nameTooLong).optional(),
  color: z.string().max(32).optional(),
  /** Null clears it. */
  description: z.string().max(1000).nullable().optional(),
  category: Category.optional(),
});

export const ReorderStatusesInput = z.object({
  /** Every status of one category, in the new order. */
  statusIds: z.array(Id).min(1, 'List the statuses to reorder.').max(LIMITS.statusesPerNamespace),
});

export const RemoveStatusInput = z.object({
  statusId: Id,
  /** Where the tickets on it go (a status of the same state); required while tickets use it. */
  mapping: Id.optional(),
  /** New defaults where the removed status is one and the mapping cannot take its role. */
  newDefaults: Defaults.partial().optional(),
});

export const CreateLifecycleInput = z.object({
  name: z.string().max(500),
  statusIds: LifecycleStatusIds,
  defaults: Defaults,
});

export const UpdateLifecycleInput = z.object({
  lifecycleId: Id,
  name: z.string().max(500).optional(),
  /** All the lifecycle's statuses from now on. */
  statusIds: LifecycleStatusIds.optional(),
  defaults: Defaults.partial().optional(),
  /** For each status taken out that tickets use: the status they go to. */
  mappings: z.array(z.object({ from: Id, to: Id })).max(100).optional(),
});

export const LifecycleIdInput = z.object({ lifecycleId: Id });

export const AttachTicketTypeInput = z.object({ ticketType: TicketTypeKey, lifecycleId: Id });

export const MigrationsGetInput = z
  .object({
    /** One migration; without it, the unfinished ones and the 20 most recent. */
    migrationId: Id.optional(),
  })
  .optional();
