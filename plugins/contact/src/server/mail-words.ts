import type { MailCatalogs, Messages } from '@tickets/plugin-kit/server';
import en from './mail-catalogs/en.js';
import es from './mail-catalogs/es.js';
import pl from './mail-catalogs/pl.js';

export type ContactMailKey = keyof typeof en;
/** What another language's catalog of these mails must be: every key English has. */
export type ContactMailCatalog = Messages<ContactMailKey>;

/** The contact form's mails in every language they are written in. */
export const CONTACT_MAIL_CATALOGS: MailCatalogs<ContactMailKey> = { en, es, pl };
