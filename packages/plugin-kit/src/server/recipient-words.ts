import { typeWords } from '../type-words.js';
import type { TicketTypeServer } from './ticket-type-server.js';

/**
 * How a mail names the ticket's type and status for its recipient: in their language (the type's
 * words; a system status by the kit's), a custom status as written. The API fills a mail's
 * `ticket.typeTitle` and `ticket.status` with these, so a type's mail texts need no status words.
 */
export function recipientWords(server: Pick<TicketTypeServer, 'definition' | 'words'>, status: string, locale: string | null | undefined): { typeTitle: string; status: string } {
  const words = typeWords(server.definition, server.words, [locale]);
  return { typeTitle: words.t('title'), status: words.status(status) };
}
