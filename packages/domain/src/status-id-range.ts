// Which status ids are the system's, apart from the statuses' zod schemas: the widgets' bundle
// takes this rule without carrying zod (see the README's "In the browser").

/**
 * Ids up to this value are reserved for system-defined statuses (they exist in every namespace
 * without being copied); custom statuses get ids above it.
 */
export const SYSTEM_STATUS_ID_MAX = 1000;

export const SYSTEM_STATUS_IDS = { toDo: 1, inProgress: 2, done: 3, wontDo: 4, duplicate: 5 } as const;

export function isSystemStatusId(id: number): boolean {
  return id <= SYSTEM_STATUS_ID_MAX;
}
