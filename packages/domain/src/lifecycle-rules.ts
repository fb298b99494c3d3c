import { categoryMayBeDefaultFor, DefaultRole } from './categories.js';
import { DomainError } from './errors.js';
import type { Lifecycle } from './lifecycle.js';
import { LIMITS, lifecycleSizeProblem } from './limits.js';
import { LifecycleName, sameName } from './status-fields.js';
import type { Status } from './statuses.js';
import { categoriesAllowedFor, defaultRoleWord, describeStatusForPeople } from './status-wording.js';

/**
 * Every rule a lifecycle breaks, in the order a person would fix them (name, membership, size,
 * defaults). A settings page shows them all at once; `validateLifecycle` throws the first.
 */
export function lifecycleProblems(lifecycle: Lifecycle, namespaceStatuses: readonly Status[]): DomainError[] {
  const problems: DomainError[] = [];
  const nameResult = LifecycleName.safeParse(lifecycle.name);
  if (!nameResult.success) {
    problems.push(
      new DomainError('invalid', 'lifecycle.invalid_name', nameResult.error.issues[0]?.message ?? 'The lifecycle name is not valid.', {
        lifecycleId: lifecycle.id,
        field: 'name',
      }),
    );
  }
  const label = nameResult.success ? nameResult.data : lifecycle.name;

  const byId = new Map(namespaceStatuses.map((status) => [status.id, status]));
  const seen = new Set<number>();
  for (const statusId of lifecycle.statusIds) {
    const status = byId.get(statusId);
    if (!status) {
      problems.push(
        new DomainError(
          'invalid',
          'lifecycle.unknown_status',
          `Lifecycle '${label}' refers to status #${statusId}, which does not exist in this namespace. Remove it from the lifecycle.`,
          { lifecycleId: lifecycle.id, statusId },
        ),
      );
    } else if (seen.has(statusId)) {
      problems.push(
        new DomainError('invalid', 'lifecycle.repeated_status', `Lifecycle '${label}' lists status '${status.name}' more than once. List each status once.`, {
          lifecycleId: lifecycle.id,
          statusId,
        }),
      );
    }
    seen.add(statusId);
  }

  const tooMany = lifecycleSizeProblem(seen.size, { lifecycleId: lifecycle.id });
  if (tooMany) problems.push(tooMany);

  for (const role of DefaultRole.options) {
    const problem = defaultProblem(lifecycle, label, role, byId);
    if (problem) problems.push(problem);
  }
  return problems;
}

function defaultProblem(lifecycle: Lifecycle, label: string, role: DefaultRole, byId: ReadonlyMap<number, Status>): DomainError | null {
  const statusId = lifecycle.defaults[role];
  const status = byId.get(statusId);
  const details = { lifecycleId: lifecycle.id, role, statusId };
  if (!status) {
    return new DomainError(
      'invalid',
      'lifecycle.unknown_default',
      `The ${defaultRoleWord(role)} status #${statusId} of lifecycle '${label}' does not exist. Choose one of the lifecycle's statuses in the ${categoriesAllowedFor(role)} category.`,
      details,
    );
  }
  if (!lifecycle.statusIds.includes(statusId)) {
    return new DomainError(
      'invalid',
      'lifecycle.default_not_member',
      `The ${defaultRoleWord(role)} status '${status.name}' is not part of lifecycle '${label}'. Add it to the lifecycle or choose another ${defaultRoleWord(role)} status.`,
      details,
    );
  }
  if (!categoryMayBeDefaultFor(status.category, role)) {
    return new DomainError(
      'invalid',
      'lifecycle.default_wrong_category',
      `Status ${describeStatusForPeople(status)} cannot be the ${defaultRoleWord(role)} status of lifecycle '${label}': it must be a status in the ${categoriesAllowedFor(role)} category.`,
      { ...details, category: status.category },
    );
  }
  return null;
}

/**
 * Checks one lifecycle against the statuses of its namespace and returns it with its name
 * normalised (trimmed). Throws the first problem found.
 */
export function validateLifecycle(lifecycle: Lifecycle, namespaceStatuses: readonly Status[]): Lifecycle {
  const [first] = lifecycleProblems(lifecycle, namespaceStatuses);
  if (first) throw first;
  return { ...lifecycle, name: LifecycleName.parse(lifecycle.name) };
}

/** The rules that span a namespace's lifecycles: how many there are and that their names differ. */
export function namespaceLifecycleProblems(lifecycles: readonly Lifecycle[]): DomainError[] {
  const problems: DomainError[] = [];
  if (lifecycles.length > LIMITS.lifecyclesPerNamespace) {
    problems.push(
      new DomainError('limit', 'namespace.too_many_lifecycles', `A namespace can only have a maximum of ${LIMITS.lifecyclesPerNamespace} lifecycles.`, {
        limit: LIMITS.lifecyclesPerNamespace,
        count: lifecycles.length,
      }),
    );
  }
  lifecycles.forEach((lifecycle, index) => {
    const earlier = lifecycles.slice(0, index).find((other) => sameName(other.name, lifecycle.name));
    if (earlier) {
      problems.push(
        new DomainError(
          'conflict',
          'lifecycle.name_taken',
          `Lifecycles '${earlier.name.trim()}' and '${lifecycle.name.trim()}' have the same name (names are compared ignoring case). Rename one of them.`,
          { lifecycleIds: [earlier.id, lifecycle.id], lifecycleName: earlier.name.trim(), otherLifecycleName: lifecycle.name.trim() },
        ),
      );
    }
  });
  return problems;
}

/** Throws the first rule the namespace's lifecycles break together. */
export function validateNamespaceLifecycles(lifecycles: readonly Lifecycle[]): void {
  const [first] = namespaceLifecycleProblems(lifecycles);
  if (first) throw first;
}
