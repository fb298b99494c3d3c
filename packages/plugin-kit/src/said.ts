import type { ActionSaid } from '@tickets/domain';

export type { ActionSaid };

/**
 * What an action did, as the type's words `summary.<name>` (the definition's `words` hold the
 * English, the server half's the other languages): the log keeps the English sentence and these
 * words, and the timeline says them in its reader's language. `words` are arguments that are
 * themselves the type's words (`{ field: 'field.name' }`).
 */
export function saying(name: string, values?: ActionSaid['values'], words?: ActionSaid['words']): ActionSaid {
  return { said: `summary.${name}`, ...(values ? { values } : {}), ...(words ? { words } : {}) };
}
