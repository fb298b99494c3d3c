import { isDomainError } from '@tickets/domain';
import { mailWords, type MailCatalogs } from '@tickets/plugin-kit/server';
import en, { type AnswerKey } from './answer-words/en.js';
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
  if (!isDomainError(answer.cause)) return null;
  const code = answer.cause.code.startsWith('rate_limit.') ? 'rate_limited' : answer.cause.code;
  return code in en ? (code as AnswerKey) : null;
}

/** The refusal's facts that a sentence may name: text and numbers only. */
function argumentsOf(answer: Answered): Record<string, string | number> {
  if (!isDomainError(answer.cause)) return {};
  return Object.fromEntries(Object.entries(answer.cause.details).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
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
