// Checks of catalogs that need no browser and no React: for a server (the API's own refusal words,
// a plugin's mails) as for a widget (`./widget/testing` has them too).
export { catalogProblems, kitWordProblems, mailCatalogProblems, typeWordProblems } from './catalog-problems.js';
