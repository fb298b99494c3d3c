import { Category, StatusLabel, SystemReason, TicketState } from '@tickets/domain';
import { z } from 'zod';

/*
 * What the status settings procedures answer, as zod schemas: the procedures declare them as their
 * output, so a client (the settings element in the widgets package) gets exactly these types from
 * `AppRouter`, and the server checks what it sends.
 */

const Id = z.number().int().positive();
const Timestamp = z.string();

/** A status of the namespace as the settings page shows it. */
export const NamespaceStatus = z.object({
  id: Id,
  name: z.string(),
  color: z.string(),
  description: z.string().nullable(),
  category: Category,
  /** The category's icon and state: a status's state is its category's. */
  icon: z.string(),
  state: TicketState,
  /** Order within its category (ties broken by id). */
  position: z.number().int(),
  /** For a custom copy of a system-defined status: the system status (1–5) it came from. */
  systemOrigin: Id.nullable(),
  /** True for the system-defined statuses (ids 1–5) of a namespace that has not customised them. */
  systemDefined: z.boolean(),
});
export type NamespaceStatus = z.infer<typeof NamespaceStatus>;

export const NamespaceStatusWithUsage = NamespaceStatus.extend({
  /** Tickets on this status, as users see them (pending mappings followed); only those the viewer may see. */
  tickets: z.number().int().min(0),
  /** The lifecycles that hold it. */
  lifecycleIds: z.array(Id),
});
export type NamespaceStatusWithUsage = z.infer<typeof NamespaceStatusWithUsage>;

export const LifecycleDefaultsView = z.object({ open: Id, closed: Id, duplicate: Id });

export const NamespaceLifecycle = z.object({
  id: Id,
  name: z.string(),
  /** In lifecycle order: category, position, id. */
  statusIds: z.array(Id),
  defaults: LifecycleDefaultsView,
  /** Ticket types attached to it. */
  ticketTypes: z.array(z.string()),
  /** The lifecycle of every type attached to none (the system lifecycle until the namespace converts). */
  isDefault: z.boolean(),
  /** False for the system lifecycle, which is not stored until the namespace converts. */
  stored: z.boolean(),
});
export type NamespaceLifecycle = z.infer<typeof NamespaceLifecycle>;

export const NamespaceLifecycleWithUsage = NamespaceLifecycle.extend({
  /** Tickets that follow it; only those the viewer may see. */
  tickets: z.number().int().min(0),
});
export type NamespaceLifecycleWithUsage = z.infer<typeof NamespaceLifecycleWithUsage>;

export const MigrationState = z.enum(['pending', 'running', 'done']);

/** A background rewrite of tickets after a status change, with its progress. */
export const StatusMigrationView = z.object({
  id: Id,
  /** Why the tickets move ("status 'Blocked' was removed"); the system actor's reason in their log entries. */
  reason: z.string(),
  /** `reason` as data, for readers of other languages (null on migrations older than it). */
  why: SystemReason.nullable(),
  state: MigrationState,
  /** Tickets on the removed statuses when the change was made. */
  total: z.number().int().min(0),
  /** Tickets rewritten so far (below `total` at the end when users moved some of them themselves meanwhile). */
  moved: z.number().int().min(0),
  batches: z.number().int().min(0),
  longestBatchMs: z.number().int().min(0),
  createdAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  mappings: z.array(
    z.object({
      from: StatusLabel,
      /** Named as it is now, or as it was when it was removed in turn (see `targetRemoved`). */
      to: StatusLabel,
      /** True when the target has since been removed too: a later migration moves these tickets on. */
      targetRemoved: z.boolean(),
      /** Null: every lifecycle. */
      lifecycleId: Id.nullable(),
      /** Null: every ticket type. */
      ticketType: z.string().nullable(),
    }),
  ),
});
export type StatusMigrationView = z.infer<typeof StatusMigrationView>;

export const StatusSettings = z.object({
  usesCustomStatuses: z.boolean(),
  /** Whether the viewer may change these settings (a namespace admin). */
  canAdminister: z.boolean(),
  statuses: z.array(NamespaceStatusWithUsage),
  lifecycles: z.array(NamespaceLifecycleWithUsage),
  /** The ticket types this deployment serves and the lifecycle each follows. */
  ticketTypes: z.array(z.object({ type: z.string(), title: z.string(), lifecycleId: Id })),
  /** Migrations still running; empty for a viewer who may not follow them (anyone but a namespace admin). */
  migrations: z.array(StatusMigrationView),
});
export type StatusSettings = z.infer<typeof StatusSettings>;

/** What every change answers besides its own result. */
const ChangeOutcome = z.object({
  /** True when this change first converted the namespace to custom statuses (system ids now name copies). */
  convertedToCustom: z.boolean(),
  /** The migrations this change started (follow them with `migrations.get`). */
  migrations: z.array(StatusMigrationView),
});

export const StatusChangeResult = ChangeOutcome.extend({ status: NamespaceStatus });
export const StatusReorderResult = ChangeOutcome.extend({ statuses: z.array(NamespaceStatus) });
export const StatusRemovalResult = ChangeOutcome.extend({ removedStatusId: Id, lifecycles: z.array(NamespaceLifecycle) });
export const LifecycleChangeResult = ChangeOutcome.extend({ lifecycle: NamespaceLifecycle });
export const LifecycleDeletionResult = z.object({ deletedLifecycleId: Id });
export const AttachmentResult = ChangeOutcome.extend({ ticketType: z.string(), lifecycle: NamespaceLifecycle });
export type StatusChangeResult = z.infer<typeof StatusChangeResult>;
export type StatusReorderResult = z.infer<typeof StatusReorderResult>;
export type StatusRemovalResult = z.infer<typeof StatusRemovalResult>;
export type LifecycleChangeResult = z.infer<typeof LifecycleChangeResult>;
export type AttachmentResult = z.infer<typeof AttachmentResult>;
