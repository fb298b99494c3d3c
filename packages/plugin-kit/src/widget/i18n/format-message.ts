import { IntlMessageFormat } from 'intl-messageformat';

/** What a message's arguments may be: text, numbers (plurals), dates. */
export type MessageValues = Readonly<Record<string, string | number | Date | null | undefined>>;

/** Parsed messages, by locale and text: each is parsed once per page. */
const formats = new Map<string, IntlMessageFormat>();

/** A message in ICU MessageFormat with its arguments, as text in the locale's rules (plurals, numbers, dates). */
export function formatMessage(locale: string, message: string, values?: MessageValues): string {
  const key = `${locale}\u0000${message}`;
  let format = formats.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale);
    formats.set(key, format);
  }
  const text = format.format(values as Record<string, string | number | Date>);
  return Array.isArray(text) ? text.join('') : String(text);
}

/**
 * A message whose arguments may be elements (a `<time>`, a link): the parts in order, text and
 * elements, for a component to render.
 */
export function formatMessageParts<Part>(locale: string, message: string, values: Readonly<Record<string, Part | string | number | Date>>): Array<string | Part> {
  const key = `${locale}\u0000${message}`;
  let format = formats.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale);
    formats.set(key, format);
  }
  const parts = format.format<Part>(values as Record<string, Part>);
  return Array.isArray(parts) ? (parts as Array<string | Part>) : [parts as string | Part];
}
