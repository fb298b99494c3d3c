// The browser half of the kit: the contract of a ticket type's playground (`definePlayground`, the
// props a view gets) and what every view needs to be small — run an action (`useAction`), say why
// one is not allowed (`NotAllowed`), read a refusal (`actionRefusal`), a `Field`, one `RejectForm`.
// Import it from a plugin's `./widget` export only: it brings React, which the server never loads.
export * from './playground.js';
export * from './action-refusal.js';
export * from './FormRefusal.js';
export * from './use-action.js';
export * from './not-allowed.js';
export * from './NotAllowed.js';
export * from './ActionButton.js';
export * from './described-by.js';
export * from './Field.js';
export * from './RejectForm.js';
export * from './WebLink.js';
export * from './Time.js';
export * from './i18n/index.js';
export { kitMessages, useKitMessages, type KitMessageKey } from './kit-messages.js';
export { relativeTime } from './relative-time.js';
