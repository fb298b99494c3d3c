import { fieldErrorSentence } from '../input/field-error-sentence.js';
import { fieldErrorsOf, issuesOf } from '../input/field-errors.js';
import { domainErrorOf, InvalidFields } from '../input/invalid-fields.js';
import { mailWords, type MailCatalogs, refusalSentence, wordedRefusalOf } from '@tickets/plugin-kit/server';
import type { ReaderWords } from '../modules/ticket-types/reader-words.js';
import en, { type AnswerKey, CORE_FIELD_SENTENCES } from './answer-words/en.js';
import es from './answer-words/es.js';
import pl from './answer-words/pl.js';

/** What the API refuses with, by language (English complete; the others checked against it in test/answer-words.test.ts). */
export const ANSWER_CATALOGS: MailCatalogs<AnswerKey> = { en, es, pl };

/** A failure as answered: its code (tRPC's name), its sentence, what was thrown. */
interface Answered {
  code: string;
  message: string;
  cause?: unknown;
}

/** The catalog's key for a refusal: its domain code (every rate limit's alike), or the server's own failures. */
function keyOf(answer: Answered): AnswerKey | null {
  if (answer.code === 'INTERNAL_SERVER_ERROR') return 'internal';
  if (answer.code === 'SERVICE_UNAVAILABLE') return 'database_unavailable';
  const domain = domainErrorOf(answer.cause);
  if (!domain) return null;
  const code = domain.code.startsWith('rate_limit.') ? 'rate_limited' : domain.code;
  return code in en ? (code as AnswerKey) : null;
}

/** The refusal's facts that a sentence may name: text and numbers only. */
function argumentsOf(answer: Answered): Record<string, string | number> {
  const domain = domainErrorOf(answer.cause);
  if (!domain) return {};
  return Object.fromEntries(Object.entries(domain.details).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
}

/**
 * The answer's sentence in the reader's language (`Accept-Language`, best first), where the API has
 * one for that refusal; else as thrown (English). An English reader always gets the thrown sentence,
 * which may say more than the catalog's. A sentence whose facts the refusal lacks stays English.
 */
export function answerInReaderLanguage(answer: Answered, languages: readonly string[]): string {
  const key = keyOf(answer);
  if (key === null) return answer.message;
  const words = mailWords(ANSWER_CATALOGS, languages);
  if (words.locale === 'en') return answer.message;
  try {
    return words.t(key, argumentsOf(answer));
  } catch {
    return answer.message;
  }
}

/** A type's rule (thrown with its words: `TypeRuleError`, `MetadataFieldError`) in the reader's language; null for any other refusal, or an English reader. */
export function typeRuleInReaderLanguage(answer: Answered, words: ReaderWords): string | null {
  const worded = wordedRefusalOf(domainErrorOf(answer.cause));
  const typeWords = worded ? words.of(worded.type) : null;
  return worded && typeWords && typeWords.locale !== 'en' ? refusalSentence(worded.refusal, typeWords) : null;
}

/** A refusal's sentence and cause as answered. */
interface SaidRefusal {
  message: string;
  cause: unknown;
}

/**
 * A refusal's field errors in the reader's language: a domain rule's refusal of a field says it
 * beside the field in the answer's words; any other field message in the core's words or a type's
 * (`fieldWords`: their `invalid.<name>`), the answer's sentence then made from them when it has no
 * words of its own. Unchanged when nothing is said otherwise.
 */
export function fieldsInReaderLanguage(answer: Answered, said: string, fieldWords: (message: string) => string): SaidRefusal {
  const issues = issuesOf(answer.cause);
  if (!issues) return { message: said, cause: answer.cause };
  const answerTranslated = said !== answer.message;
  const translated = issues.map((issue) => ({ ...issue, message: answerTranslated && issue.message === answer.message ? said : fieldWords(issue.message) }));
  if (translated.every((issue, i) => issue.message === issues[i]!.message)) return { message: said, cause: answer.cause };
  const message = answerTranslated ? said : fieldErrorSentence(fieldErrorsOf(translated));
  return { message, cause: new InvalidFields(message, translated, domainErrorOf(answer.cause)) };
}

const CORE_FIELD_KEYS = new Map(Object.entries(CORE_FIELD_SENTENCES).map(([key, sentence]) => [sentence as string, key as keyof typeof CORE_FIELD_SENTENCES]));

/** What one of the core's schemas says of a field (`CORE_FIELD_SENTENCES`) in the reader's language; any other message as written. */
export function coreFieldInReaderLanguage(message: string, languages: readonly string[]): string {
  const key = CORE_FIELD_KEYS.get(message);
  if (key === undefined) return message;
  const words = mailWords(ANSWER_CATALOGS, languages);
  return words.locale === 'en' ? message : words.t(key);
}
