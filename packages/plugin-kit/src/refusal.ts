/**
 * Why a person may not run an action now, kept as words rather than an English sentence so the
 * server can say it in the reader's language: a key of the type's words (`refusal.lockFirst`) or of
 * the kit's (`kit.closed`), its arguments, and the arguments that are themselves the type's words
 * (`{ doing: 'doing.applyChange' }`: "apply a change", "aplicar un cambio").
 */
export interface Refusal {
  readonly refusal: string;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly words?: Readonly<Record<string, string>>;
}

/**
 * What an action's permission check says: `true`, a `Refusal`, or a sentence — which is shown as
 * written in every language, so the kit's checks and the bundled types always give a `Refusal`.
 */
export type Verdict = true | string | Refusal;

/** A refusal with the type's key `refusal.<name>` (its words hold the sentence in each language). */
export function refuse(name: string, values?: Refusal['values'], words?: Refusal['words']): Refusal {
  return { refusal: `refusal.${name}`, ...(values ? { values } : {}), ...(words ? { words } : {}) };
}

export function isRefusal(verdict: unknown): verdict is Refusal {
  return typeof verdict === 'object' && verdict !== null && typeof (verdict as Refusal).refusal === 'string';
}
