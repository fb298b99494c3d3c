import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { Message } from '../messages/format-message.js';
import { defineMessages, type MessageBundle, type Messages } from '../messages/messages.js';
import type { TicketTypeDefinition } from '../ticket-type.js';
import { englishTypeWords, KIT_WORD_CATALOGS, type TypeWordCatalogs, WORD_LOCALES } from '../type-words.js';
import type { MailCatalogs } from '../server/mail-words.js';

/** The arguments a message uses, and each plural's options, walking into plurals, selects and tags. */
function walk(elements: MessageFormatElement[], found: { args: Set<string>; plurals: Array<{ arg: string; options: string[] }> }) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      walk(element.children, found);
      continue;
    }
    found.args.add(element.value);
    if (element.type === TYPE.plural && element.pluralType !== 'ordinal') found.plurals.push({ arg: element.value, options: Object.keys(element.options) });
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value, found);
  }
}

function shapeOf(message: Message) {
  const found = { args: new Set<string>(), plurals: [] as Array<{ arg: string; options: string[] }> };
  walk(typeof message === 'string' ? parse(message) : [...message], found);
  return found;
}

/**
 * What is wrong with a bundle's catalogs, as sentences (none when all is well): a key English has
 * that a locale lacks, or the reverse; a message that is not valid ICU; an argument a translation
 * uses that English does not give; a plural without every category the locale's rules need
 * (Polish: one, few, many, other).
 */
export async function catalogProblems(bundle: MessageBundle): Promise<string[]> {
  const problems: string[] = [];
  const catalogs: Array<[string, Messages]> = [['en', bundle.en]];
  for (const [locale, load] of Object.entries(bundle.locales)) catalogs.push([locale, (await load()).default]);
  const english = new Map<string, ReturnType<typeof shapeOf>>();
  for (const [locale, catalog] of catalogs) {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    if (locale !== 'en') {
      for (const key of Object.keys(bundle.en)) if (!(key in catalog)) problems.push(`${bundle.id} ${locale}: lacks '${key}', which English has.`);
      for (const key of Object.keys(catalog)) if (!(key in bundle.en)) problems.push(`${bundle.id} ${locale}: has '${key}', which English lacks.`);
    }
    for (const [key, message] of Object.entries(catalog)) {
      let shape: ReturnType<typeof shapeOf>;
      try {
        shape = shapeOf(message);
      } catch (error) {
        problems.push(`${bundle.id} ${locale}: '${key}' is not valid ICU MessageFormat (${(error as Error).message}): ${String(message)}`);
        continue;
      }
      if (locale === 'en') english.set(key, shape);
      const source = english.get(key);
      for (const arg of shape.args) if (source && !source.args.has(arg)) problems.push(`${bundle.id} ${locale}: '${key}' uses {${arg}}, which English does not give.`);
      for (const plural of shape.plurals) {
        const missing = categories.filter((category) => !plural.options.includes(category));
        if (missing.length > 0) problems.push(`${bundle.id} ${locale}: '${key}' plural {${plural.arg}} lacks ${missing.join(', ')}.`);
      }
    }
  }
  return problems;
}

/** The same for a mail's catalogs (all in memory, `mailWords`'s): what is wrong with them, as sentences. */
export function mailCatalogProblems<Key extends string>(id: string, catalogs: MailCatalogs<Key>): Promise<string[]> {
  const { en, ...others } = catalogs;
  return catalogProblems(defineMessages(id, en, Object.fromEntries(Object.entries(others).map(([locale, catalog]) => [locale, async () => ({ default: catalog! })]))));
}

/**
 * The same for a ticket type's words (its server half's `words`, against the English its
 * definition gives): what is wrong with them, as sentences. Each language the kit speaks must be there.
 */
export async function typeWordProblems(type: { readonly definition: TicketTypeDefinition; readonly words?: TypeWordCatalogs }): Promise<string[]> {
  const words = type.words ?? {};
  const missing = WORD_LOCALES.filter((locale) => locale !== 'en' && words[locale] === undefined).map((locale) => `${type.definition.type}: has no words in '${locale}'.`);
  return [...missing, ...(await mailCatalogProblems(type.definition.type, { ...words, en: englishTypeWords(type.definition) }))];
}

/** The kit's own sentences (`kit.closed`, `kit.onlyGroup`) in every language. */
export function kitWordProblems(): Promise<string[]> {
  const { en, ...others } = KIT_WORD_CATALOGS;
  return mailCatalogProblems('kit', { ...others, en: en! });
}
