import { z } from 'zod';
import { DomainError } from './errors.js';
import { BUILT_IN_PRINCIPAL_KINDS, PrincipalKind } from './principals.js';

const BUILT_IN: readonly string[] = BUILT_IN_PRINCIPAL_KINDS;

/**
 * A kind of principal a plugin registers beyond users and groups, e.g. `competition`, whose members
 * are its Delegates.
 *
 * Only the description lives here. Who belongs to a principal of this kind needs the directory
 * (I/O), so the server runs the plugin's membership rule when it builds the `Viewer` and puts the
 * result in `Viewer.memberships`. From there the domain treats a competition exactly like a group,
 * which keeps "who may see" and "who may act" one and the same rule.
 */
export const PrincipalKindDefinition = z.object({
  kind: PrincipalKind.refine((kind) => !BUILT_IN.includes(kind), {
    error: `'user' and 'group' are built-in principal kinds; choose another key for a plugin's kind.`,
  }),
  title: z.string().trim().min(1, 'A principal kind needs a title.').max(64),
  description: z.string().trim().min(1, 'A principal kind needs a description of who belongs to it.').max(280),
});
export type PrincipalKindDefinition = z.infer<typeof PrincipalKindDefinition>;
export type PrincipalKindDefinitionInput = z.input<typeof PrincipalKindDefinition>;

/** Checks a plugin's principal kind; `invalid` with every problem named when it breaks a rule. */
export function definePrincipalKind(definition: PrincipalKindDefinitionInput): PrincipalKindDefinition {
  const parsed = PrincipalKindDefinition.safeParse(definition);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
  const sentences = problems.map((problem) => `${problem.field}: ${problem.message.replace(/\.$/, '')}`);
  throw new DomainError(
    'invalid',
    'principal_kind.invalid',
    `Principal kind '${definition.kind}' cannot be registered: ${sentences.join('; ')}.`,
    { kind: definition.kind, problems },
  );
}

/**
 * Checks every registered principal kind at start-up: each must be valid and registered once, since
 * two membership rules for one kind would make "who belongs" ambiguous.
 */
export function validatePrincipalKinds(kinds: readonly PrincipalKindDefinitionInput[]): PrincipalKindDefinition[] {
  const checked = kinds.map(definePrincipalKind);
  checked.forEach((definition, index) => {
    const earlier = checked.slice(0, index).find((other) => other.kind === definition.kind);
    if (earlier !== undefined) {
      throw new DomainError(
        'conflict',
        'principal_kind.duplicate',
        `Principal kind '${definition.kind}' is registered twice ('${earlier.title}' and '${definition.title}'); each kind may be registered by one plugin only.`,
        { kind: definition.kind },
      );
    }
  });
  return checked;
}
