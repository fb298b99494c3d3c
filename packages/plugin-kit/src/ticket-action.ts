import {
  type Stakeholder,
  type Status,
  sameName,
  type TicketState,
  type Viewer,
} from '@tickets/domain';
import type { z } from 'zod';
import type { Refusal, Verdict } from './refusal.js';

/** What an action's permission check may look at: the ticket as the viewer sees it, nothing else. */
export interface ActionCheckContext<Metadata> {
  readonly viewer: Viewer;
  /** The stakeholder the viewer acts as (already resolved: active, and the viewer belongs to it). */
  readonly actingAs: Stakeholder;
  readonly stakeholders: readonly Stakeholder[];
  readonly ticket: { readonly id: number; readonly state: TicketState; readonly status: Pick<Status, 'id' | 'name' | 'category'> };
  /** The ticket's stored metadata. */
  readonly metadata: Metadata;
}

/**
 * An action a ticket type offers on its tickets ("apply as fix", "anonymize"). `can` is pure, so the
 * server enforces it and the widget uses the same function to show only the buttons a person may
 * press. Its effect lives in the type's server part (`./server`), which never reaches the browser.
 */
export interface TicketActionDefinition<Metadata, Input extends z.ZodType = z.ZodType> {
  readonly title: string;
  readonly description?: string;
  /** Validates what the person sends with the action. */
  readonly input: Input;
  /** `true`, or why this viewer may not run it now (a `Refusal`, which the server words in the reader's language). */
  can(context: ActionCheckContext<Metadata>): Verdict;
}

/** Whether the viewer belongs to a group of this name (e.g. 'WRT'). */
export function isMemberOfGroup(viewer: Viewer, groupName: string): boolean {
  return viewer.memberships.some((membership) => membership.kind === 'group' && sameName(membership.name, groupName));
}

/**
 * A `can` check: only members of the group. `doing` names the type's words for what they may do
 * (`'applyChange'` → its `doing.applyChange`, "apply a change"): "Only members of WRT can apply a change."
 */
export function onlyGroup(groupName: string, doing: string): (context: ActionCheckContext<unknown>) => true | Refusal {
  return (context) => (isMemberOfGroup(context.viewer, groupName) ? true : { refusal: 'kit.onlyGroup', values: { group: groupName }, words: { doing: `doing.${doing}` } });
}

/** A `can` check: only while the ticket is open ("Ticket #2 is closed; reopen it first."). */
export function whileOpen(context: Pick<ActionCheckContext<unknown>, 'ticket'>): true | Refusal {
  return context.ticket.state === 'open' ? true : { refusal: 'kit.closed', values: { id: context.ticket.id } };
}

/** Combines checks: the first refusal wins. */
export function allOf<Context>(...checks: ((context: Context) => Verdict)[]): (context: Context) => Verdict {
  return (context) => {
    for (const check of checks) {
      const result = check(context);
      if (result !== true) return result;
    }
    return true;
  };
}
