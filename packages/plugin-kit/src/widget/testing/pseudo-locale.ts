import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { provideLocale } from '../i18n/catalog-cache.js';
import type { Message } from '../../messages/format-message.js';
import type { Messages } from '../../messages/messages.js';

/** The pseudo-locale's tag: English made longer and accented, so truncation and untranslated text show. */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', y: 'ý', c: 'ç', n: 'ñ', s: 'š', z: 'ž',
  A: 'Á', E: 'É', I: 'Í', O: 'Ö', U: 'Ü', Y: 'Ý', C: 'Ç', N: 'Ñ', S: 'Š', Z: 'Ž',
};

/** Accents every letter that has an accented twin and lengthens the text by 40 % (at least one mark). */
function stretch(text: string): string {
  if (text.trim() === '') return text;
  const accented = [...text].map((char) => ACCENTED[char] ?? char).join('');
  return `${accented}${'~'.repeat(Math.max(1, Math.round(text.length * 0.4)))}`;
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: stretch(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }]));
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: pseudoElements(element.children) };
    return element;
  });
}

/** One message in the pseudo-locale: its words stretched and accented, its arguments and plurals kept. */
export function pseudoLocalize(message: Message): string {
  return printAST(pseudoElements(typeof message === 'string' ? parse(message) : [...message]));
}

/** Every bundle's pseudo-locale, made from its English on the page: pick it with `lang="en-XA"`. */
export function installPseudoLocale(): void {
  provideLocale(PSEUDO_LOCALE, (english: Messages) => Object.fromEntries(Object.entries(english).map(([key, message]) => [key, pseudoLocalize(message)])));
}
