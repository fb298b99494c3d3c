/** One place in an input that is refused, and why (a zod issue has this shape too). */
export interface InputIssue {
  path: PropertyKey[];
  message: string;
}

/** One refused field: its dotted path and what is wrong with it (tRPC's `fieldErrors`, intake's too). */
export interface FieldError {
  path: string;
  message: string;
}

export function fieldErrorsOf(issues: readonly InputIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * The issues a refusal carries, if it carries any: an InvalidFields, or a zod failure. zod 4's
 * ZodError is not an `Error`, so tRPC hands it on as a wrapped cause that keeps its `issues`;
 * recognise either by that shape.
 */
export function issuesOf(cause: unknown): readonly InputIssue[] | null {
  if (typeof cause !== 'object' || cause === null || !('issues' in cause) || !Array.isArray(cause.issues)) return null;
  return cause.issues as InputIssue[];
}
