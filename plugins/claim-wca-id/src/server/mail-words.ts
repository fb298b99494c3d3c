import type { MailCatalogs, Messages } from '@tickets/plugin-kit/server';
import en from './mail-catalogs/en.js';
import es from './mail-catalogs/es.js';
import pl from './mail-catalogs/pl.js';

export type ClaimMailKey = keyof typeof en;
/** What another language's catalog of these mails must be: every key English has. */
export type ClaimMailCatalog = Messages<ClaimMailKey>;

/** The claim's mails in every language they are written in. */
export const CLAIM_MAIL_CATALOGS: MailCatalogs<ClaimMailKey> = { en, es, pl };
