import {
  type Stakeholder,
  type Status,
  sameName,
  type TicketState,
  type Viewer,
} from '@tickets/domain';
import type { z } from 'zod';

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
  /** `true`, or the reason (a sentence a person reads) why this viewer may not run it now. */
  can(context: ActionCheckContext<Metadata>): true | string;
}

/** Whether the viewer belongs to a group of this name (e.g. 'WRT'). */
export function isMemberOfGroup(viewer: Viewer, groupName: string): boolean {
  return viewer.memberships.some((membership) => membership.kind === 'group' && sameName(membership.name, groupName));
}

/** A `can` check: only members of the group, with the message naming it. */
export function onlyGroup(groupName: string, doing: string): (context: ActionCheckContext<unknown>) => true | string {
  return (context) => (isMemberOfGroup(context.viewer, groupName) ? true : `Only members of ${groupName} can ${doing}.`);
}

/** A `can` check: only while the ticket is open. */
export function whileOpen(context: Pick<ActionCheckContext<unknown>, 'ticket'>): true | string {
  return context.ticket.state === 'open' ? true : `Ticket #${context.ticket.id} is closed; reopen it first.`;
}

/** Combines checks: the first refusal wins. */
export function allOf<Context>(...checks: ((context: Context) => true | string)[]): (context: Context) => true | string {
  return (context) => {
    for (const check of checks) {
      const result = check(context);
      if (result !== true) return result;
    }
    return true;
  };
}
