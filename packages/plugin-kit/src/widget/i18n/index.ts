export { DEFAULT_LOCALE, negotiateLocale } from './locale-negotiation.js';
export { defineMessages, localesOf, type CatalogLoader, type MessageBundle, type Messages } from './messages.js';
export { bundleLocale, loadCatalog, loadedCatalog, provideLocale } from './catalog-cache.js';
export { formatMessage, formatMessageParts, type Message, type MessageValues } from './format-message.js';
export { LanguageProvider, loadMessages, useMessages, useWantedLocales, type Translate, type TranslateRich } from './use-messages.js';
export { translatorFor } from './translator.js';
