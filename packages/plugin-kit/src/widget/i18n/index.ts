export { DEFAULT_LOCALE, negotiateLocale } from '../../messages/locale-negotiation.js';
export { defineMessages, localesOf, type CatalogLoader, type MessageBundle, type Messages } from '../../messages/messages.js';
export { bundleLocale, loadCatalog, loadedCatalog, provideLocale } from './catalog-cache.js';
export { formatMessage, formatMessageParts, type Message, type MessageValues } from '../../messages/format-message.js';
export { LanguageProvider, loadMessages, useCatalogReady, useMessages, useShownLocale, useWantedLocales, type Translate, type TranslateRich } from './use-messages.js';
export { translatorFor } from './translator.js';
