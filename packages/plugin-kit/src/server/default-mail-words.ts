import type { Messages } from '../messages/messages.js';
import en from './default-mail-catalogs/en.js';
import es from './default-mail-catalogs/es.js';
import pl from './default-mail-catalogs/pl.js';
import type { MailCatalogs } from './mail-words.js';

export type DefaultMailKey = keyof typeof en;
/** What another language's catalog of the core's mails must be: every key English has. */
export type DefaultMailCatalog = Messages<DefaultMailKey>;

/** The core's mail wording in every language it speaks. */
export const DEFAULT_MAIL_CATALOGS: MailCatalogs<DefaultMailKey> = { en, es, pl };
