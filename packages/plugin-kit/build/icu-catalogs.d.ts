import type { Alias, Plugin } from 'vite';

/** Compiles `…/i18n/catalogs/<locale>.ts` modules' messages to ICU syntax trees at build time. */
export function icuCatalogs(): Plugin;
/** Aliases for a bundle whose catalogs are compiled: the ICU parser's entry without the parser. */
export const icuWithoutParser: Alias[];
