// Catalogs compiled at build time: a bundle ships each message as the ICU parser's syntax tree, not
// as text, so it needs no parser at run time (FormatJS's documented way: the parser is 7.8 KB gzip
// of the widgets' 90 KB budget). Development (vitest, Storybook's dev server) keeps the text and
// the parser. Plain JS (not TS) because Vite loads it from other packages' configs.
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';

/** The modules holding catalogs: `…/i18n/catalogs/[<area>/]<locale>.ts`, each `export default { key: 'ICU message' }`. */
const CATALOG = /[\\/]i18n[\\/]catalogs[\\/](?:[^\\/]+[\\/])?[^\\/]+\.[cm]?[jt]s$/;

/**
 * A Vite plugin: each catalog module, once TypeScript is gone from it, is loaded and written back
 * with every message parsed. A message that is not valid ICU fails the build, naming its key.
 */
export function icuCatalogs() {
  return {
    name: 'tickets-icu-catalogs',
    apply: 'build',
    enforce: 'post',
    async transform(code, id) {
      if (!CATALOG.test(id.split('?')[0])) return null;
      const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
      const compiled = {};
      for (const [key, message] of Object.entries(module.default)) {
        try {
          compiled[key] = parse(message);
        } catch (error) {
          this.error(`${id}: '${key}' is not valid ICU MessageFormat (${error.message}): ${message}`);
        }
      }
      return { code: `export default ${JSON.stringify(compiled)};`, map: null };
    },
  };
}

/** Vite `resolve.alias` entries for a bundle whose catalogs are compiled: the parser's entry without the parser. */
export const icuWithoutParser = [
  { find: /^@formatjs\/icu-messageformat-parser$/, replacement: fileURLToPath(import.meta.resolve('@formatjs/icu-messageformat-parser/no-parser.js')) },
];
