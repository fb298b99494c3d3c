import type { NewStakeholder } from './stakeholder.js';

/**
 * How a stakeholder is named in error messages: "WRT (assigned, actioner)". The connection and role
 * are part of the name because the same principal may hold two rows (e.g. cc requester and
 * assigned actioner), and a person choosing between them needs to tell them apart.
 */
export function describeStakeholderForPeople(stakeholder: Pick<NewStakeholder, 'principal' | 'connection' | 'role'>): string {
  return `${stakeholder.principal.name} (${stakeholder.connection}, ${stakeholder.role})`;
}

/** "A", "A or B", "A, B or C". */
export function listAlternatives(names: readonly string[]): string {
  return joinLast(names, 'or');
}

/** "A", "A and B", "A, B and C". */
export function listAll(names: readonly string[]): string {
  return joinLast(names, 'and');
}

function joinLast(names: readonly string[], conjunction: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1) ?? ''}`;
}
