// The building blocks of what the log says the actions did (`summary.*` words): each language builds
// its ICU messages from its own forms with these, so every language has the same arguments.
// - A field is a select on its code (`{field, select, name {…} …}`), not a word: Spanish and Polish
//   inflect it by its place in the sentence ('la fecha de nacimiento', 'datę urodzenia').
// - A profile value is quoted in the language's quotes, or said as unset when the profile has none
//   (`{from}` beside `{fromIs}`, 'set' or 'unset').
// - A list (the changes applied or synced, the fields already in the profile) is a select on its
//   length (`{count}`), its items numbered: `{field1}`, `{from1}`, `{to1}`, … A request asks for
//   each field at most once, so a list has at most as many items as there are fields.
import { PERSON_FIELDS, type PersonFieldName } from './person-field-names.js';

/** How a language names each field in one place of a sentence. */
export type FieldForms = Readonly<Record<PersonFieldName, string>>;

/** How a language writes a profile value: in its quotes, or its words for a value the profile does not have. */
export interface ValueStyle {
  readonly open: string;
  readonly close: string;
  readonly unset: string;
}

/** The field whose code is `{arg}`, in the form given (an unknown code as itself). */
export function fieldSelect(arg: string, forms: FieldForms): string {
  return `{${arg}, select, ${PERSON_FIELDS.map((field) => `${field} {${forms[field]}}`).join(' ')} other {{${arg}}}}`;
}

/** The profile value `{arg}`, quoted, or the language's words for none (`{argIs}` is 'unset'). */
export function valueSelect(arg: string, style: ValueStyle): string {
  return `{${arg}Is, select, unset {${style.unset}} other {${style.open}{${arg}}${style.close}}}`;
}

/** Items as a language lists them: "a", "a and b", "a, b and c" (`and` is the last joint, e.g. ' and '). */
export function listed(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

/**
 * A text for each length of a list, 1 up to one item per field (and 0 when `none` is given): a select
 * on `{countArg}`, whose `text(n)` names the items `slot(1)` … `slot(n)`.
 */
export function byCount(countArg: string, text: (items: string[]) => string, slot: (index: number) => string, none?: string): string {
  const branches = PERSON_FIELDS.map((_, i) => {
    const n = i + 1;
    return `${n === PERSON_FIELDS.length ? 'other' : n} {${text(Array.from({ length: n }, (_, j) => slot(j + 1)))}}`;
  });
  return `{${countArg}, select, ${none === undefined ? '' : `0 {${none}} `}${branches.join(' ')}}`;
}
