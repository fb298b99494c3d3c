import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * A message as a catalog holds it: ICU text in development, its syntax tree once a build compiled
 * it (`@tickets/plugin-kit/build/icu-catalogs`), so the bundle needs no parser.
 */
export type Message = string | readonly MessageFormatElement[];

/** What a message's arguments may be: text, numbers (plurals), dates. */
export type MessageValues = Readonly<Record<string, string | number | Date | null | undefined>>;

/** Formats by locale, per message: text by its value, a syntax tree by identity. Each is built once per page. */
const byText = new Map<string, IntlMessageFormat>();
const byTree = new WeakMap<object, Map<string, IntlMessageFormat>>();

function formatOf(locale: string, message: Message): IntlMessageFormat {
  if (typeof message === 'string') {
    const key = `${locale}\u0000${message}`;
    let format = byText.get(key);
    if (!format) byText.set(key, (format = new IntlMessageFormat(message, locale)));
    return format;
  }
  let formats = byTree.get(message);
  if (!formats) byTree.set(message, (formats = new Map()));
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new IntlMessageFormat(message as MessageFormatElement[], locale)));
  return format;
}

/** A message in ICU MessageFormat with its arguments, as text in the locale's rules (plurals, numbers, dates). */
export function formatMessage(locale: string, message: Message, values?: MessageValues): string {
  const text = formatOf(locale, message).format(values as Record<string, string | number | Date>);
  return Array.isArray(text) ? text.join('') : String(text);
}

/**
 * A message whose arguments may be elements (a `<time>`, a link): the parts in order, text and
 * elements, for a component to render.
 */
export function formatMessageParts<Part>(locale: string, message: Message, values: Readonly<Record<string, Part | string | number | Date>>): Array<string | Part> {
  const parts = formatOf(locale, message).format<Part>(values as Record<string, Part>);
  return Array.isArray(parts) ? (parts as Array<string | Part>) : [parts as string | Part];
}
