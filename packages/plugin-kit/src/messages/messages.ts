import type { Message } from './format-message.js';

/** A catalog: each key's message in ICU MessageFormat (`{count, plural, one {# ticket} other {# tickets}}`). */
export type Messages<Key extends string = string> = Readonly<Record<Key, Message>>;

/** A catalog module of another language, loaded when a reader needs it (`() => import('./es.js')`). */
export type CatalogLoader<Key extends string> = () => Promise<{ default: Messages<Key> }>;

/**
 * One package's words: English in the bundle (every key, the source of truth), each other language
 * loaded when first needed. The core widgets have one; each ticket type's playground has its own.
 */
export interface MessageBundle<Key extends string = string> {
  /** Unique among bundles: the package and its part (`widgets`, `edit-person`). */
  readonly id: string;
  readonly en: Messages<Key>;
  readonly locales: Readonly<Record<string, CatalogLoader<Key>>>;
}

/** Declares a bundle; its keys are English's, so `t('unknown.key')` does not compile. */
export function defineMessages<const English extends Messages>(
  id: string,
  en: English,
  locales: Readonly<Record<string, CatalogLoader<keyof English & string>>> = {},
): MessageBundle<keyof English & string> {
  return { id, en, locales };
}

/** The locales a bundle can show: English and each it can load. */
export function localesOf(bundle: MessageBundle): string[] {
  return ['en', ...Object.keys(bundle.locales)];
}
