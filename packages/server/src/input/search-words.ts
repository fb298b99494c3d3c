/** At most this many words count in a search; a name rarely has more. */
const MAX_WORDS = 5;
/** A longer word is no one's name part; cut so the query stays small. */
const MAX_WORD_LENGTH = 40;

/**
 * The words of what someone typed to find a person or group, each to match the start of a word of
 * a name: letters and digits of any script, in lower case; everything else separates words (so
 * "O'Brien" looks for "o" and "brien", as the names' index splits them). Nothing of the text reaches
 * the query as syntax: an empty list when it has no letters or digits.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/** The words as a PostgreSQL `tsquery` of prefixes (`ana:* & kow:*`); only letters and digits, so nothing needs quoting. */
export function prefixQuery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(' & ');
}
