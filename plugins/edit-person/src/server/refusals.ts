import { type Refusal, refuse } from '@tickets/plugin-kit';
import type { TypeSentence } from '@tickets/plugin-kit/server';
import { editPersonTicketType } from '../ticket-type.js';

/**
 * A rule of the type's own, as its words (`refusal.<name>` in ticket-type.ts, Spanish and Polish in
 * words/): a `TypeRuleError` or `MetadataFieldError` given it says it in the reader's language, its
 * message the English.
 */
export function refusalOf(name: string, values?: Refusal['values']): TypeSentence {
  return { definition: editPersonTicketType, refusal: refuse(name, values) };
}
