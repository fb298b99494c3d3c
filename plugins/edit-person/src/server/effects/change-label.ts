import { changeLabels } from '@tickets/plugin-kit/server';
import { editPersonTicketType } from '../../ticket-type.js';

/** A changed field's label as the log keeps it, from the type's words (`change.<field>`), which the API also says in the reader's language. */
export function changeLabel(field: string): string {
  return changeLabels(editPersonTicketType, [field])[field]!;
}
