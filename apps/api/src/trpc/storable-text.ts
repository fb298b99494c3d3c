import { InvalidFields } from './invalid-fields.js';

const NUL = '\u0000';
const MESSAGE = 'Text cannot contain the NUL character (U+0000). Remove it and send again.';
/** Enough to show a person what to fix; a hostile input full of them gets no longer an answer. */
const MOST_REPORTED = 20;

interface Visit {
  value: unknown;
  key: PropertyKey | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Every place in an input (a string, or an object key) holding the NUL character. PostgreSQL
 * cannot store it in any text column, so such input would otherwise fail in the database, after
 * validation, as an error of ours. Walks without recursion, so no nesting depth can overflow it.
 */
export function nulCharacterIssues(input: unknown): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const queue: Visit[] = [{ value: input, key: null, parent: null }];
  for (let i = 0; i < queue.length && issues.length < MOST_REPORTED; i++) {
    const visit = queue[i]!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.includes(NUL)) issues.push({ path: pathOf(visit), message: MESSAGE });
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => queue.push({ value: item, key: index, parent: visit }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const child = { value: item, key, parent: visit };
        if (key.includes(NUL)) issues.push({ path: pathOf(child), message: MESSAGE });
        queue.push(child);
      }
    }
  }
  return issues;
}

/** Refuses input holding a NUL character, naming each field, before any procedure sees it. */
export function refuseUnstorableText(input: unknown): void {
  const issues = nulCharacterIssues(input);
  if (issues.length > 0) throw new InvalidFields(MESSAGE, issues);
}
