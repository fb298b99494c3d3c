/**
 * What a type's schemas say of a field, as the type's words: give the schema the English sentence
 * (`INVALID.atMostTen`) and spread `invalidWords(INVALID)` into the definition's `words`
 * (`invalid.atMostTen`); the server half's words hold the sentence in other languages, and the API
 * answers a field error in the reader's language. A sentence not listed here is answered as written.
 */
export function invalidWords<const Sentences extends Readonly<Record<string, string>>>(sentences: Sentences): { readonly [Name in keyof Sentences & string as `invalid.${Name}`]: Sentences[Name] } {
  return Object.fromEntries(Object.entries(sentences).map(([name, sentence]) => [`invalid.${name}`, sentence])) as never;
}
