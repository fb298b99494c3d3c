import type { MailCatalogs, Messages } from '@tickets/plugin-kit/server';
import en from './mail-catalogs/en.js';
import es from './mail-catalogs/es.js';
import pl from './mail-catalogs/pl.js';

export type AnonymizationMailKey = keyof typeof en;
/** What another language's catalog of these mails must be: every key English has. */
export type AnonymizationMailCatalog = Messages<AnonymizationMailKey>;

/** The anonymization mails in every language they are written in. */
export const ANONYMIZATION_MAIL_CATALOGS: MailCatalogs<AnonymizationMailKey> = { en, es, pl };
