import type { PluginLifecycle, PluginLifecycleStatus } from '@tickets/domain';

/**
 * The statuses every request a team decides on has (edit-person, anonymization, claim-wca-id). A
 * namespace shares a status of the same name and category between the types it serves, so these
 * are spelled, categorised and coloured here once: a second type then reuses them instead of
 * clashing with the first.
 */
export const REQUEST_STATUS = { requested: 'Requested', rejected: 'Rejected', duplicate: 'Duplicate' } as const;

/** A status of the type's own, by name, with what it means for people reading the list. */
export interface RequestStatus {
  readonly name: string;
  readonly description?: string;
}

export interface RequestLifecycleDeclaration {
  /** The outcome: the type's own done status (e.g. Applied, Anonymized). */
  readonly done: RequestStatus;
  /** A status between Requested and the outcome (e.g. Under review). */
  readonly inProgress?: RequestStatus;
  /**
   * Where closing a ticket without a decision lands: the done status, unless a request closed that
   * way was, in effect, not accepted (then Rejected).
   */
  readonly closed?: 'done' | 'rejected';
  /** Descriptions of the shared statuses; a namespace keeps whichever description came first. */
  readonly descriptions?: Readonly<Partial<Record<keyof typeof REQUEST_STATUS, string>>>;
}

function status(name: string, category: PluginLifecycleStatus['category'], color: string, description: string | undefined): PluginLifecycleStatus {
  return { name, category, color, ...(description === undefined ? {} : { description }) };
}

/** Requested, then the type's own statuses, then Rejected and Duplicate; new tickets are Requested. */
export function requestLifecycle({ done, inProgress, closed = 'done', descriptions = {} }: RequestLifecycleDeclaration): PluginLifecycle {
  return {
    statuses: [
      status(REQUEST_STATUS.requested, 'triage', '#737278', descriptions.requested),
      ...(inProgress ? [status(inProgress.name, 'in_progress', '#1f75cb', inProgress.description)] : []),
      status(done.name, 'done', '#108548', done.description),
      status(REQUEST_STATUS.rejected, 'canceled', '#dd2b0e', descriptions.rejected),
      status(REQUEST_STATUS.duplicate, 'canceled', '#dd2b0e', descriptions.duplicate),
    ],
    defaults: { open: REQUEST_STATUS.requested, closed: closed === 'done' ? done.name : REQUEST_STATUS.rejected, duplicate: REQUEST_STATUS.duplicate },
  };
}
