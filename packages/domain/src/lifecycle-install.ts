import { z } from 'zod';
import { Category, categoryMayBeDefaultFor, DefaultRole } from './categories.js';
import { DomainError } from './errors.js';
import type { Lifecycle, LifecycleId } from './lifecycle.js';
import { validateLifecycle } from './lifecycle-rules.js';
import { LIMITS, lifecycleSizeProblem, requireRoomForStatuses } from './limits.js';
import { type NewStatus, nextPositionIn } from './namespace-statuses.js';
import { HexColor, sameName, StatusDescription, StatusName } from './status-fields.js';
import type { Status } from './statuses.js';
import { categoriesAllowedFor, categoryWord, defaultRoleWord, describeStatusForPeople } from './status-wording.js';

/** A status as a ticket-type plugin declares it: by name, since ids only exist once installed. */
export const PluginLifecycleStatus = z.object({
  name: StatusName,
  category: Category,
  color: HexColor,
  description: StatusDescription.optional(),
});
export type PluginLifecycleStatus = z.infer<typeof PluginLifecycleStatus>;

/** The lifecycle a ticket-type plugin ships; installed in a namespace the first time the type is used there. */
export const PluginLifecycle = z.object({
  statuses: z.array(PluginLifecycleStatus),
  defaults: z.object({ open: StatusName, closed: StatusName, duplicate: StatusName }),
});
export type PluginLifecycle = z.infer<typeof PluginLifecycle>;
export type PluginLifecycleInput = z.input<typeof PluginLifecycle>;

export interface LifecycleInstallPlan {
  /** Namespace statuses of the same name and category: shared with the new lifecycle, not copied. */
  readonly reuse: readonly Status[];
  /** Statuses to insert; the database gives them their ids. */
  readonly create: readonly NewStatus[];
  /** The defaults by name, spelled as the namespace will hold them. */
  readonly defaults: Readonly<Record<DefaultRole, string>>;
}

const OWNER = "The ticket type's";

/**
 * Plans installing a plugin's lifecycle in a namespace: checks the lifecycle on its own (names,
 * limits, defaults) and against the namespace's statuses. Whether the namespace may hold one more
 * lifecycle is `validateNamespaceLifecycles`'s concern, once the new lifecycle has its name.
 */
export function planLifecycleInstall(pluginLifecycle: PluginLifecycleInput, namespaceStatuses: readonly Status[]): LifecycleInstallPlan {
  const declared = parsePluginLifecycle(pluginLifecycle);
  requireOwnRules(declared);

  const reuse: Status[] = [];
  const create: NewStatus[] = [];
  const spelling = new Map<PluginLifecycleStatus, string>();
  for (const wanted of declared.statuses) {
    const existing = namespaceStatuses.find((status) => sameName(status.name, wanted.name));
    if (existing && existing.category !== wanted.category) {
      throw new DomainError(
        'conflict',
        'lifecycle_install.name_clash',
        `${OWNER} status ${describeStatusForPeople(wanted)} clashes with the namespace's status ${describeStatusForPeople(existing)}. Rename the namespace's status or move it to the ${categoryWord(wanted.category)} category, then use the ticket type again.`,
        { name: wanted.name, category: wanted.category, existingStatusId: existing.id, existingCategory: existing.category },
      );
    }
    if (existing) {
      reuse.push(existing);
      spelling.set(wanted, existing.name);
    } else {
      create.push({
        name: wanted.name,
        color: wanted.color,
        description: wanted.description === undefined || wanted.description === '' ? null : wanted.description,
        category: wanted.category,
        position: nextPositionIn([...namespaceStatuses, ...create], wanted.category),
        systemOrigin: null,
      });
      spelling.set(wanted, wanted.name);
    }
  }

  requireRoomForStatuses(
    namespaceStatuses.length,
    create.length,
    `This ticket type's lifecycle needs ${create.length} new statuses and the namespace already has ${namespaceStatuses.length}.`,
  );

  const nameOf = (role: DefaultRole): string => spelling.get(declaredDefault(declared, role)) ?? declared.defaults[role];
  return { reuse, create, defaults: { open: nameOf('open'), closed: nameOf('closed'), duplicate: nameOf('duplicate') } };
}

function parsePluginLifecycle(input: PluginLifecycleInput): PluginLifecycle {
  const result = PluginLifecycle.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    throw new DomainError('invalid', 'lifecycle_install.invalid', `${OWNER} lifecycle is not valid${where}: ${issue?.message ?? 'unknown problem'}`, {
      path: issue?.path.map(String) ?? [],
    });
  }
  return result.data;
}

function declaredDefault(declared: PluginLifecycle, role: DefaultRole): PluginLifecycleStatus {
  const name = declared.defaults[role];
  const status = declared.statuses.find((candidate) => sameName(candidate.name, name));
  if (!status) {
    throw new DomainError(
      'invalid',
      'lifecycle_install.unknown_default',
      `${OWNER} ${defaultRoleWord(role)} status '${name}' is not one of its statuses. Add it to the lifecycle or choose one of: ${declared.statuses.map((s) => s.name).join(', ')}.`,
      { role, name },
    );
  }
  return status;
}

/** The rules of lifecycle-rules.ts, applied to a lifecycle that names its statuses instead of pointing at ids. */
function requireOwnRules(declared: PluginLifecycle): void {
  declared.statuses.forEach((status, index) => {
    if (declared.statuses.slice(0, index).some((earlier) => sameName(earlier.name, status.name))) {
      throw new DomainError(
        'invalid',
        'lifecycle_install.repeated_status',
        `${OWNER} lifecycle lists status '${status.name}' more than once (names are compared ignoring case). List each status once.`,
        { name: status.name },
      );
    }
  });
  const tooMany = lifecycleSizeProblem(declared.statuses.length);
  if (tooMany) throw tooMany;
  for (const role of DefaultRole.options) {
    const status = declaredDefault(declared, role);
    if (!categoryMayBeDefaultFor(status.category, role)) {
      throw new DomainError(
        'invalid',
        'lifecycle.default_wrong_category',
        `${OWNER} status ${describeStatusForPeople(status)} cannot be its ${defaultRoleWord(role)} status: it must be a status in the ${categoriesAllowedFor(role)} category.`,
        { role, name: status.name, category: status.category },
      );
    }
  }
}

/**
 * The lifecycle to store once the planned statuses exist: `created` are the inserted statuses with
 * their ids. Validated like any other lifecycle.
 */
export function installedLifecycle(
  plan: LifecycleInstallPlan,
  created: readonly Status[],
  identity: { readonly id: LifecycleId; readonly name: string },
): Lifecycle {
  const members = [...plan.reuse, ...created];
  const idOf = (name: string): number => {
    const status = members.find((member) => sameName(member.name, name));
    if (!status) {
      throw new DomainError('not_found', 'lifecycle_install.status_missing', `Status '${name}' of the installed lifecycle was not created. Install the lifecycle again.`, {
        name,
      });
    }
    return status.id;
  };
  const lifecycle: Lifecycle = {
    id: identity.id,
    name: identity.name,
    statusIds: members.map((status) => status.id),
    defaults: { open: idOf(plan.defaults.open), closed: idOf(plan.defaults.closed), duplicate: idOf(plan.defaults.duplicate) },
  };
  for (const planned of plan.create) idOf(planned.name);
  return validateLifecycle(lifecycle, members);
}

/**
 * The name a type's lifecycle is installed under: the type's title, cut to the length a lifecycle
 * name may have, numbered ("Edit person (2)") when the namespace already has a lifecycle so named.
 */
export function installedLifecycleName(title: string, existing: readonly Pick<Lifecycle, 'name'>[]): string {
  const taken = (name: string) => existing.some((lifecycle) => sameName(lifecycle.name, name));
  // Room for a suffix up to " (999)", so the title is cut the same way whatever the number.
  const stem = title.slice(0, LIMITS.lifecycleNameMaxLength - ' (999)'.length);
  let name = title.slice(0, LIMITS.lifecycleNameMaxLength);
  for (let n = 2; taken(name); n++) name = `${stem} (${n})`;
  return name;
}
