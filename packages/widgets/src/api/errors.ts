import type { ActionFailure, FieldError } from '@tickets/plugin-kit/widget';

/** What the widgets need to know about a failed call, whatever threw it. */
export interface ErrorInfo {
  /**
   * The tRPC code (`CONFLICT`, `NOT_FOUND`…); `NETWORK` when no answer came back; `BAD_REPLY` when
   * something answered that is not the API (an error page of a proxy, a wrong api-url).
   */
  code: string;
  /** A sentence a person can act on. */
  message: string;
  fieldErrors: FieldError[];
  /** The broken domain rule's stable code (e.g. `ticket.stale_version`), if any. */
  domainCode: string | null;
  /** The broken rule's facts (e.g. `{ field: 'name' }`), empty when there are none. */
  domainDetails: Readonly<Record<string, unknown>>;
}

export const CONFLICT_MESSAGE = 'Someone else changed this ticket; it has been reloaded. Your change was not saved.';
const UNREACHABLE_MESSAGE = 'The ticket service cannot be reached. Check your connection and try again.';
const BAD_REPLY_MESSAGE = 'Something other than the ticket service answered (an error page, or the page points at the wrong address). Try again in a moment; if it keeps happening, the site must check its api-url.';

interface ErrorData {
  code?: unknown;
  fieldErrors?: unknown;
  domain?: { code?: unknown; details?: unknown } | null;
}

function dataOf(error: unknown): ErrorData | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const data = (error as { data?: unknown }).data;
  return typeof data === 'object' && data !== null ? (data as ErrorData) : null;
}

/** Reads a TRPCClientError (or anything else thrown) into words and codes the widgets can show. */
export function errorInfo(error: unknown): ErrorInfo {
  const data = dataOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (!data || typeof data.code !== 'string') {
    // An answer that is not JSON (tRPC's client fails reading it) came from something else; no answer at all is the network.
    const cause = typeof error === 'object' && error !== null && 'cause' in error ? (error as { cause?: unknown }).cause : null;
    const badReply = error instanceof SyntaxError || cause instanceof SyntaxError;
    return { code: badReply ? 'BAD_REPLY' : 'NETWORK', message: badReply ? BAD_REPLY_MESSAGE : UNREACHABLE_MESSAGE, fieldErrors: [], domainCode: null, domainDetails: {} };
  }
  const fieldErrors = Array.isArray(data.fieldErrors) ? (data.fieldErrors as FieldError[]) : [];
  const domainCode = typeof data.domain?.code === 'string' ? data.domain.code : null;
  const details = data.domain?.details;
  const domainDetails = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  return { code: data.code, message, fieldErrors, domainCode, domainDetails };
}

export function isConflict(error: unknown): boolean {
  return errorInfo(error).code === 'CONFLICT';
}

/** How a page says a conflict, in its reader's language (the ticket page's `ticket.conflict` and `ticket.reloaded`). */
export interface ConflictWords {
  /** Someone else changed the ticket: it was reloaded, the change not saved. */
  stale: string;
  /** The server's sentence for another conflict, and that the ticket was reloaded. */
  reloaded(message: string): string;
}

const ENGLISH_CONFLICT_WORDS: ConflictWords = { stale: CONFLICT_MESSAGE, reloaded: (message) => `${message} The ticket has been reloaded.` };

/**
 * What to tell the person after a change was refused as CONFLICT and the ticket reloaded: a
 * stale version is "someone else changed it"; another conflict (e.g. already a stakeholder)
 * keeps the server's own words (in the reader's language where the API has them).
 */
export function conflictNotice(error: unknown, words: ConflictWords = ENGLISH_CONFLICT_WORDS): string {
  const info = errorInfo(error);
  if (info.domainCode === null || info.domainCode === 'ticket.stale_version') return words.stale;
  return words.reloaded(info.message);
}

/** The error a playground's `runAction` rejects with. */
export function toActionFailure(error: unknown, words: ConflictWords = ENGLISH_CONFLICT_WORDS): ActionFailure {
  const info = errorInfo(error);
  const message = info.code === 'CONFLICT' ? conflictNotice(error, words) : info.message;
  return Object.assign(new Error(message), { code: info.code, domainCode: info.domainCode, fieldErrors: info.fieldErrors });
}

/** Whether retrying the same request might help (the network, the server's own trouble). */
export function isRetryable(error: unknown): boolean {
  return ['NETWORK', 'BAD_REPLY', 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'TIMEOUT', 'TOO_MANY_REQUESTS'].includes(errorInfo(error).code);
}
