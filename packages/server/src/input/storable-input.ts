import { fieldErrorSentence } from './field-error-sentence.js';
import { fieldErrorsOf, type InputIssue } from './field-errors.js';
import { InvalidFields } from './invalid-fields.js';
import { unstorableTextProblem } from './storable-text.js';

/**
 * How deeply arrays and objects may nest in any input (the whole tRPC input or intake body,
 * metadata included; the outermost object is level 1). Real forms nest a few levels; without a
 * bound, recursive code on the way to the database (JSON.stringify for jsonb, the Idempotency-Key
 * hash) overflows the stack on input nested tens of thousands deep.
 */
export const MAX_INPUT_DEPTH = 32;
export const TOO_DEEP_MESSAGE = `Data is nested too deeply: at most ${MAX_INPUT_DEPTH} levels of objects and arrays are accepted.`;
/** Enough to show a person what to fix; a hostile input full of them gets no longer an answer. */
const MOST_REPORTED = 20;

interface Visit {
  value: unknown;
  key: PropertyKey | null;
  parent: Visit | null;
  /** Containers from the outermost down to this value's own (0 for a value outside any). */
  depth: number;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Every place in an input that cannot be stored: text (a string, or an object key) holding a NUL
 * or a lone surrogate, and a container nested deeper than MAX_INPUT_DEPTH (reported once, at the
 * first level too deep; nothing below it is looked at). Walks without recursion, so no nesting
 * depth can overflow it.
 */
export function unstorableInputIssues(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const queue: Visit[] = [{ value: input, key: null, parent: null, depth: 0 }];
  const noteText = (text: string, visit: Visit) => {
    const problem = unstorableTextProblem(text);
    if (problem) issues.push({ path: pathOf(visit), message: problem });
  };
  for (let i = 0; i < queue.length && issues.length < MOST_REPORTED; i++) {
    const visit = queue[i]!;
    const { value } = visit;
    if (typeof value === 'string') {
      noteText(value, visit);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const depth = visit.depth + 1;
    if (depth > MAX_INPUT_DEPTH) {
      issues.push({ path: pathOf(visit), message: TOO_DEEP_MESSAGE });
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => queue.push({ value: item, key: index, parent: visit, depth }));
    } else {
      for (const [key, item] of Object.entries(value)) {
        const child = { value: item, key, parent: visit, depth };
        noteText(key, child);
        queue.push(child);
      }
    }
  }
  return issues.slice(0, MOST_REPORTED);
}

/** Refuses input that cannot be stored, naming each field, before any procedure sees it. */
export function refuseUnstorableInput(input: unknown): void {
  const issues = unstorableInputIssues(input);
  if (issues.length === 0) return;
  throw new InvalidFields(fieldErrorSentence(fieldErrorsOf(issues)), issues);
}
