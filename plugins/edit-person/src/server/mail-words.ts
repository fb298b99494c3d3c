import type { MailCatalogs, Messages } from '@tickets/plugin-kit/server';
import en from './mail-catalogs/en.js';
import es from './mail-catalogs/es.js';
import pl from './mail-catalogs/pl.js';

export type EditPersonMailKey = keyof typeof en;
/** What another language's catalog of these mails must be: every key English has. */
export type EditPersonMailCatalog = Messages<EditPersonMailKey>;

/** The edit-person mails in every language they are written in. */
export const EDIT_PERSON_MAIL_CATALOGS: MailCatalogs<EditPersonMailKey> = { en, es, pl };
