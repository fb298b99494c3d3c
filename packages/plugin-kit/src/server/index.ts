// The server half of the contract: storage, effects, the directory port. Import from
// `@tickets/plugin-kit/server` only in server code.
export * from './plugin-directory.js';
export * from './plugin-migration.js';
export * from './ticket-type-server.js';
export * from './sql-store.js';
export type { StoreTableCreation } from './create-table.js';
export * from './store-column.js';
export * from './metadata-changes.js';
export * from './metadata-field-error.js';
export { TypeRuleError, wordedRefusalOf, type TypeSentence, type WordedRefusal } from './type-rule-error.js';
export * from './reject-with-reason.js';
export * from './mail-text.js';
export * from './mail-words.js';
export * from './recipient-words.js';
export { changeLabels, englishTypeWords, KIT_WORD_CATALOGS, refusalSentence, saidSentence, typeWords, WORD_LOCALES, type TypeWordCatalogs, type TypeWords } from '../type-words.js';
export { DEFAULT_MAIL_CATALOGS, type DefaultMailKey } from './default-mail-words.js';
// The one way a plugin reaches the database: owned SQL, rows parsed by their schema (@tickets/sql).
export { sql, type ListType, type SqlClient, type Statement } from '@tickets/sql';
export * from './principal-kind.js';
export type { Messages } from '../messages/messages.js';
