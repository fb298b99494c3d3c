import { formatMessage, type Message, type MessageValues } from './messages/format-message.js';
import { negotiateLocale } from './messages/locale-negotiation.js';
import type { Messages } from './messages/messages.js';
import { isRefusal, type Verdict } from './refusal.js';
import type { ActionSaid } from './said.js';
import type { TicketTypeDefinition } from './ticket-type.js';
import KIT_EN from './kit-word-catalogs/en.js';
import KIT_ES from './kit-word-catalogs/es.js';
import KIT_PL from './kit-word-catalogs/pl.js';

export type KitWordCatalog = Readonly<Record<keyof typeof KIT_EN, string>>;

/** The kit's sentences (`kit.closed`, `kit.onlyGroup`), in every language the server speaks. */
export const KIT_WORD_CATALOGS: Readonly<Record<string, KitWordCatalog>> = { en: KIT_EN, es: KIT_ES, pl: KIT_PL };

/** The languages the server words its answers in: the kit's (a type's words fall back to English). */
export const WORD_LOCALES: readonly string[] = Object.keys(KIT_WORD_CATALOGS);

/**
 * A type's words in languages other than English, by locale (its server half's `words`). Keys:
 * `title`, `description`, `action.<key>.title`, `action.<key>.description`, `status.<name>` (its
 * lifecycle's statuses), `moveIn.<field>.label` / `.hint` / `.choice.<value>` (what moving a ticket
 * in asks), its refusals' `refusal.<name>` and `doing.<name>`, its changes' `change.<field>`,
 * what its actions did, `summary.<name>` (`saying`), and what its schemas say of a field,
 * `invalid.<name>` (the schema gives the English sentence; the API answers the reader's).
 * Their English is the definition's: its title, actions, lifecycle, moveIn and `words`.
 */
export type TypeWordCatalogs = Readonly<Partial<Record<string, Messages>>>;

/** What a type's words are read from: its definition (or a story's stand-in for it). */
export type WordedType = Pick<TicketTypeDefinition, 'title' | 'description' | 'lifecycle' | 'words' | 'moveIn'> & {
  readonly actions?: Readonly<Record<string, { readonly title: string; readonly description?: string }>>;
};

const englishByDefinition = new WeakMap<WordedType, Messages>();

/** Every word of a type in English, as its definition says them: the keys every other language must have. */
export function englishTypeWords(definition: WordedType): Messages {
  const known = englishByDefinition.get(definition);
  if (known) return known;
  const words: Record<string, Message> = { title: definition.title };
  if (definition.description) words.description = definition.description;
  for (const [key, action] of Object.entries(definition.actions ?? {})) {
    words[`action.${key}.title`] = action.title;
    if (action.description) words[`action.${key}.description`] = action.description;
  }
  for (const status of definition.lifecycle?.statuses ?? []) words[`status.${status.name}`] = status.name;
  for (const field of definition.moveIn?.fields ?? []) {
    words[`moveIn.${field.key}.label`] = field.label;
    if (field.hint) words[`moveIn.${field.key}.hint`] = field.hint;
    for (const choice of field.choices ?? []) words[`moveIn.${field.key}.choice.${choice.value}`] = choice.label;
  }
  const english = { ...words, ...definition.words };
  englishByDefinition.set(definition, english);
  return english;
}

const invalidKeysByDefinition = new WeakMap<WordedType, Map<string, string>>();

/** The type's `invalid.<name>` words by their English: what its schemas say of a field. */
function invalidKeysOf(definition: WordedType): Map<string, string> {
  let keys = invalidKeysByDefinition.get(definition);
  if (!keys) {
    keys = new Map(Object.entries(englishTypeWords(definition)).flatMap(([key, english]) => (key.startsWith('invalid.') && typeof english === 'string' ? [[english, key] as const] : [])));
    invalidKeysByDefinition.set(definition, keys);
  }
  return keys;
}

/** A type's words in one language, the kit's sentences with them. */
export interface TypeWords {
  readonly locale: string;
  /** The word or sentence; a key the language lacks is said in English, one English lacks as the key itself. */
  t(key: string, values?: MessageValues): string;
  /** Whether the type has this word (e.g. `status.Applied`: a status its lifecycle ships). */
  has(key: string): boolean;
  /**
   * What one of the type's schemas or rules says of a field, in this language: a sentence that is the
   * English of one of its `invalid.<name>` words (the schema gives that English), else as written.
   */
  fieldMessage(message: string): string;
  /**
   * A status name for a mail: one the type's lifecycle ships, or a system status ('Done'), in the
   * reader's language; any other name as written.
   */
  status(name: string): string;
}

/** The type's words in the best language for the reader (`es-AR` → `es`, else English). */
export function typeWords(definition: WordedType, catalogs: TypeWordCatalogs | undefined, wanted: ReadonlyArray<string | null | undefined>): TypeWords {
  const locale = negotiateLocale(wanted, WORD_LOCALES);
  const english = englishTypeWords(definition);
  const own = locale === 'en' ? undefined : catalogs?.[locale];
  const kit = KIT_WORD_CATALOGS[locale] ?? KIT_EN;
  const message = (key: string): Message | undefined =>
    key.startsWith('kit.') ? (kit as Messages)[key] ?? (KIT_EN as Messages)[key] : own?.[key] ?? english[key];
  return {
    locale,
    t: (key, values) => {
      const found = message(key);
      return found === undefined ? key : formatMessage(locale, found, values);
    },
    has: (key) => key in english,
    fieldMessage: (said) => {
      const key = invalidKeysOf(definition).get(said);
      const translated = key === undefined || locale === 'en' ? undefined : message(key);
      return translated === undefined ? said : formatMessage(locale, translated);
    },
    status: (name) => {
      for (const key of [`status.${name}`, `kit.status.${name}`]) {
        const found = message(key);
        if (found !== undefined) return formatMessage(locale, found);
      }
      return name;
    },
  };
}

/**
 * The English labels of changed metadata fields, from the type's words (`change.<field>`), for
 * `metadataChanges` and hand-made changes: the log keeps the English, and the API says the label
 * in the reader's language by the same key. A field the words lack is labelled by its name.
 */
export function changeLabels<Field extends string>(definition: WordedType, fields: readonly Field[]): Record<Field, string> {
  const english = englishTypeWords(definition);
  return Object.fromEntries(fields.map((field) => [field, typeof english[`change.${field}`] === 'string' ? (english[`change.${field}`] as string) : field])) as Record<Field, string>;
}

/** A permission check's verdict as a sentence in the type's words: a `Refusal` in the reader's language, a sentence as written. */
export function refusalSentence(verdict: Exclude<Verdict, true>, words: TypeWords): string {
  if (!isRefusal(verdict)) return verdict;
  return wordedSentence(verdict.refusal, verdict.values, verdict.words, words);
}

/** What an action said it did (`saying`), in the type's words. */
export function saidSentence(said: ActionSaid, words: TypeWords): string {
  return wordedSentence(said.said, said.values, said.words, words);
}

/** A message of the type's words with its arguments, those that are the type's words said in the same language. */
function wordedSentence(key: string, given: Readonly<Record<string, string | number>> | undefined, phrases: Readonly<Record<string, string>> | undefined, words: TypeWords): string {
  const values: Record<string, string | number> = { ...given };
  // A phrase the type has no word for is said as written after its prefix: `onlyGroup('WST', 'answer
  // this request')`, as plugins wrote it before phrases were words, still reads in English.
  for (const [name, phrase] of Object.entries(phrases ?? {})) values[name] = words.has(phrase) ? words.t(phrase) : phrase.slice(phrase.indexOf('.') + 1);
  return words.t(key, values);
}
