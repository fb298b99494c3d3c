import { DomainError } from './errors.js';
import { type Status, type StatusId, stateOfStatus } from './statuses.js';
import { describeStatusForPeople } from './status-wording.js';

/** Where the tickets of a removed status may go: a lifecycle's statuses, or the namespace's. */
export interface MappingScope {
  /** The statuses of the scope, the removed one among them, in the order a person reads them. */
  readonly statuses: readonly Status[];
  /** Facts that name the scope in a refusal's details (e.g. `lifecycleId`). */
  readonly details: Readonly<Record<string, unknown>>;
  /** The refusal of a target outside the scope; `hint` lists the choices ("" when there are none). */
  readonly outside: (targetId: StatusId, hint: string, details: Readonly<Record<string, unknown>>) => DomainError;
}

/**
 * The status the tickets of `removed` move to: another status of the scope, of the same state,
 * because a ticket's state follows its status and a removal must not close or reopen tickets.
 */
export function mappingTarget(scope: MappingScope, removed: Status, targetId: StatusId): Status {
  const state = stateOfStatus(removed);
  const choices = scope.statuses.filter((s) => s.id !== removed.id && stateOfStatus(s) === state);
  const choiceNames = choices.map((s) => s.name).join(', ');
  const details = {
    statusId: removed.id,
    mapping: targetId,
    ...scope.details,
    allowedMappings: choices.map((s) => s.id),
    // The facts the sentences name: the removed status, and the choices as the hint lists them.
    name: removed.name,
    category: removed.category,
    choices: choiceNames,
    choiceCount: choices.length,
  };
  const hint = choices.length > 0 ? ` Choose one of: ${choiceNames}.` : '';
  if (targetId === removed.id) {
    throw new DomainError(
      'invalid',
      'status_removal.mapping_to_itself',
      `Cannot map status '${removed.name}' to itself, because it is being removed.${hint}`,
      details,
    );
  }
  const target = scope.statuses.find((s) => s.id === targetId);
  if (!target) throw scope.outside(targetId, hint, details);
  if (stateOfStatus(target) !== state) {
    throw new DomainError(
      'invalid',
      'status_removal.mapping_state_mismatch',
      `Cannot map status ${describeStatusForPeople(removed)} to ${describeStatusForPeople(target)}: tickets would change from ${state} to ${stateOfStatus(target)}. Map it to another ${state} status.${hint}`,
      { ...details, targetName: target.name, targetCategory: target.category, from: state, to: stateOfStatus(target) },
    );
  }
  return target;
}
