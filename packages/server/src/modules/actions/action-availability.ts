import type { Stakeholder, Status, Viewer } from '@tickets/domain';
import type { ActionCheckContext, TicketActionDefinition } from '@tickets/plugin-kit';
import { refusalSentence, type TicketTypeServer, type TypeWords } from '@tickets/plugin-kit/server';
import type { StatusCatalog } from '../statuses/status-catalog.js';
import type { TicketRow } from '../../db/rows/tickets-row.js';

/** An action as the viewer is offered it: greyed out with the reason when they may not run it now. */
export interface ActionView {
  key: string;
  title: string;
  description: string | null;
  allowed: boolean;
  /** Why not, in words, when not allowed. */
  reason: string | null;
}

/** The status an action's rule sees, even when the catalog no longer has it. */
export function statusForActions(row: Pick<TicketRow, 'status_id' | 'state'>, catalog: StatusCatalog): Pick<Status, 'id' | 'name' | 'category'> {
  return catalog.status(row.status_id) ?? { id: row.status_id, name: `Status #${row.status_id}`, category: row.state === 'open' ? 'to_do' : 'done' };
}

export function actionCheckContext(input: {
  viewer: Viewer;
  actingAs: Stakeholder;
  stakeholders: readonly Stakeholder[];
  row: Pick<TicketRow, 'id' | 'state' | 'status_id'>;
  catalog: StatusCatalog;
  metadata: unknown;
}): ActionCheckContext<unknown> {
  return {
    viewer: input.viewer,
    actingAs: input.actingAs,
    stakeholders: input.stakeholders,
    ticket: { id: input.row.id, state: input.row.state, status: statusForActions(input.row, input.catalog) },
    metadata: input.metadata,
  };
}

/** Every action of the type, each judged by its own pure rule for this viewer and stakeholder, in the reader's words. */
export function availableActions(server: TicketTypeServer | undefined, context: ActionCheckContext<unknown>, words: TypeWords | null): ActionView[] {
  return Object.entries(server?.definition.actions ?? {}).map(([key, definition]) => {
    const verdict = (definition as TicketActionDefinition<unknown>).can(context);
    const description = definition.description === undefined ? null : (words?.t(`action.${key}.description`) ?? definition.description);
    return {
      key,
      title: words?.t(`action.${key}.title`) ?? definition.title,
      description,
      allowed: verdict === true,
      reason: verdict === true ? null : words ? refusalSentence(verdict, words) : typeof verdict === 'string' ? verdict : verdict.refusal,
    };
  });
}
