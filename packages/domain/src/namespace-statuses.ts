import { z } from 'zod';
import { Category, categoryMayBeDefaultFor, DefaultRole, type TicketState } from './categories.js';
import { DomainError } from './errors.js';
import type { Lifecycle } from './lifecycle.js';
import { requireRoomForStatuses } from './limits.js';
import { HexColor, sameName, StatusDescription, StatusName } from './status-fields.js';
import { isSystemStatusId } from './status-id-range.js';
import { type Status, type StatusId, stateOfStatus } from './statuses.js';
import { categoryWord, defaultRoleWord } from './status-wording.js';

/** What a namespace admin submits to add a status; the rules below decide whether it is acceptable. */
export const NewStatusInput = z.object({
  name: z.string(),
  color: z.string(),
  category: Category,
  description: z.string().nullable().optional(),
  /** Where it goes within its category; last when left out. */
  position: z.number().int().optional(),
});
export type NewStatusInput = z.infer<typeof NewStatusInput>;

/** The fields given to change a status; what is left out stays as it is. */
export const StatusPatch = NewStatusInput.partial();
export type StatusPatch = z.infer<typeof StatusPatch>;

/** A status ready to insert: the database gives it its id. */
export type NewStatus = Omit<Status, 'id'>;

export interface StatusUpdatePlan {
  readonly status: Status;
  /**
   * Set when the status moved to a category of the other state: the tickets on it must follow
   * (close or reopen, with their log entries), because a ticket's state follows its status.
   */
  readonly stateChange: { readonly from: TicketState; readonly to: TicketState } | null;
}

/** The position that puts a status after every other status of its category. */
export function nextPositionIn(statuses: readonly Pick<Status, 'category' | 'position'>[], category: Category): number {
  const positions = statuses.filter((status) => status.category === category).map((status) => status.position);
  return positions.length === 0 ? 0 : Math.max(...positions) + 1;
}

function parseField<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new DomainError('invalid', `status.invalid_${field}`, result.error.issues[0]?.message ?? `The status ${field} is not valid.`, { field });
  }
  return result.data;
}

function parseDescription(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const description = parseField(StatusDescription, value, 'description');
  return description === '' ? null : description;
}

function requireUniqueName(existing: readonly Status[], name: string, exceptId: StatusId | null): void {
  const clash = existing.find((status) => status.id !== exceptId && sameName(status.name, name));
  if (clash) {
    throw new DomainError(
      'conflict',
      'status.name_taken',
      `This namespace already has a status named '${clash.name}' (names are compared ignoring case). Choose another name.`,
      { field: 'name', existingStatusId: clash.id, name: clash.name },
    );
  }
}

/** The refusal of a status id the namespace has no status for. */
export function statusNotFound(statusId: StatusId): DomainError {
  return new DomainError('not_found', 'status.not_found', `Status #${statusId} does not exist in this namespace.`, { statusId });
}

/** The namespace's status with this id, or a refusal saying it has none. */
export function requireNamespaceStatus(statuses: readonly Status[], statusId: StatusId): Status {
  const status = statuses.find((candidate) => candidate.id === statusId);
  if (!status) throw statusNotFound(statusId);
  return status;
}

/** Checks a new status against the namespace's statuses and returns the fields to insert. */
export function planNewStatus(existing: readonly Status[], input: NewStatusInput): NewStatus {
  requireRoomForStatuses(existing.length, 1);
  const name = parseField(StatusName, input.name, 'name');
  requireUniqueName(existing, name, null);
  const category = parseField(Category, input.category, 'category');
  return {
    name,
    color: parseField(HexColor, input.color, 'color'),
    description: parseDescription(input.description),
    category,
    position: input.position ?? nextPositionIn(existing, category),
    systemOrigin: null,
  };
}

/**
 * Checks a change to one of the namespace's statuses. `lifecycles` are the namespace's lifecycles:
 * a status that is a default of one of them cannot move to a category that may not hold that default.
 * System-defined statuses are shared by every namespace and are never edited in place: the
 * namespace converts to custom statuses first (see custom-conversion.ts) and edits its copy.
 */
export function planStatusUpdate(
  existing: readonly Status[],
  statusId: StatusId,
  patch: StatusPatch,
  lifecycles: readonly Lifecycle[],
): StatusUpdatePlan {
  const current = requireNamespaceStatus(existing, statusId);
  if (isSystemStatusId(current.id)) {
    throw new DomainError(
      'precondition',
      'status.system_defined',
      `Status '${current.name}' is system-defined. Convert the namespace to custom statuses first, then edit its copy.`,
      { statusId, name: current.name },
    );
  }

  const name = patch.name === undefined ? current.name : parseField(StatusName, patch.name, 'name');
  if (patch.name !== undefined) requireUniqueName(existing, name, current.id);
  const category = patch.category === undefined ? current.category : parseField(Category, patch.category, 'category');
  const movedCategory = category !== current.category;
  if (movedCategory) requireDefaultsStillAllowed(current, category, lifecycles);

  const status: Status = {
    ...current,
    name,
    color: patch.color === undefined ? current.color : parseField(HexColor, patch.color, 'color'),
    description: patch.description === undefined ? current.description : parseDescription(patch.description),
    category,
    position:
      patch.position ??
      (movedCategory ? nextPositionIn(existing.filter((other) => other.id !== current.id), category) : current.position),
  };
  const from = stateOfStatus(current);
  const to = stateOfStatus(status);
  return { status, stateChange: from === to ? null : { from, to } };
}

function requireDefaultsStillAllowed(status: Status, category: Category, lifecycles: readonly Lifecycle[]): void {
  for (const lifecycle of lifecycles) {
    for (const role of DefaultRole.options) {
      if (lifecycle.defaults[role] === status.id && !categoryMayBeDefaultFor(category, role)) {
        throw new DomainError(
          'conflict',
          'status.default_category_change',
          `Cannot move status '${status.name}' to the ${categoryWord(category)} category because it is the ${defaultRoleWord(role)} status of lifecycle '${lifecycle.name}'. Choose another ${defaultRoleWord(role)} status for that lifecycle first.`,
          { statusId: status.id, lifecycleId: lifecycle.id, role, category, name: status.name, lifecycleName: lifecycle.name },
        );
      }
    }
  }
}
