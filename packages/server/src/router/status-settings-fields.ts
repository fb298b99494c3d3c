import type { DomainError } from '@tickets/domain';
import type { FieldOfRefusal } from '../input/invalid-fields.js';

/*
 * Which field of a status settings input (status-settings-inputs.ts) a domain refusal is about,
 * so a settings form can show the message beside that field. The domain's rules report facts in
 * their own words (`details.field`, `details.role`, the rule's code); these read them in terms of
 * each procedure's input.
 */

function detail(error: DomainError, key: string): string | undefined {
  const value = error.details[key];
  return typeof value === 'string' ? value : undefined;
}

/** A mapping target that is the removed status itself, outside the lifecycle, or of the other state. */
function isMappingRule(error: DomainError): boolean {
  return error.code.startsWith('status_removal.mapping_');
}

/** `statuses.create`, `statuses.update`: the status field the rule names (`name`, `color`, `description`, `category`). */
export const statusFieldOf: FieldOfRefusal = (error) => {
  const field = detail(error, 'field');
  return field ? [field] : undefined;
};

/** `statuses.reorder`: its one field, the statuses listed (mixed categories, one missing or listed twice). */
export const reorderFieldOf: FieldOfRefusal = () => ['statusIds'];

/** `statuses.remove`: the mapping, or the new default of a role. */
export const removalFieldOf: FieldOfRefusal = (error) => {
  if (isMappingRule(error)) return ['mapping'];
  const role = detail(error, 'role');
  return role ? ['newDefaults', role] : undefined;
};

/** `lifecycles.create`, `lifecycles.update`: the name, the statuses, a default, or the mappings of statuses taken out. */
export const lifecycleFieldOf: FieldOfRefusal = (error) => {
  if (error.code === 'lifecycle.invalid_name') return ['name'];
  if (error.code === 'lifecycle.unknown_status' || error.code === 'lifecycle.repeated_status') return ['statusIds'];
  if (isMappingRule(error)) return ['mappings'];
  const role = detail(error, 'role');
  return role ? ['defaults', role] : undefined;
};
