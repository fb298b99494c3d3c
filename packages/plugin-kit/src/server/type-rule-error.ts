import { DomainError, type DomainErrorKind } from '@tickets/domain';
import type { Refusal } from '../refusal.js';
import { refusalSentence, typeWords, type WordedType } from '../type-words.js';

/** A type's rule said as its words: the type and the `Refusal` (`refuse(name, values, words)`). */
export interface TypeSentence {
  readonly definition: WordedType & { readonly type: string };
  readonly refusal: Refusal;
}

/** The words a refusal was thrown with: which type's, and its `Refusal`; the API says them in the reader's language. */
export interface WordedRefusal {
  readonly type: string;
  readonly refusal: Refusal;
}

/** A rule's sentence in English (the error's message, what the log and an English reader read) and its words. */
export function englishOf(sentence: string | TypeSentence): { message: string; worded: WordedRefusal | null } {
  if (typeof sentence === 'string') return { message: sentence, worded: null };
  return { message: refusalSentence(sentence.refusal, typeWords(sentence.definition, undefined, ['en'])), worded: { type: sentence.definition.type, refusal: sentence.refusal } };
}

/**
 * A type's own rule refusing a change (the profile changed since the request was filed), as the
 * type's words (`refusal.<name>` of its definition's `words`, other languages in the server half's),
 * so the API says it in the reader's language; its message is the English.
 */
export class TypeRuleError extends DomainError {
  readonly worded: WordedRefusal | null;

  constructor(kind: DomainErrorKind, code: string, sentence: string | TypeSentence, details: Readonly<Record<string, unknown>> = {}) {
    const { message, worded } = englishOf(sentence);
    super(kind, code, message, details);
    this.worded = worded;
  }
}

/** The words a refusal was thrown with, when a type's rule gave them (`TypeRuleError`, `MetadataFieldError`). */
export function wordedRefusalOf(error: unknown): WordedRefusal | null {
  return typeof error === 'object' && error !== null && 'worded' in error && error instanceof DomainError ? ((error as { worded: WordedRefusal | null }).worded ?? null) : null;
}
