import type { ActionSaid } from '@tickets/plugin-kit';
import type { PersonFieldName } from '../../person-field-names.js';

type Values = NonNullable<ActionSaid['values']>;

/** A profile value as the `summary.*` and `refusal.*` words take it (summary-words.ts): `{name}`, and `{nameIs}`, 'unset' when the profile has none. */
export function valueArgs(name: string, value: string | null): Values {
  return { [name]: value ?? '', [`${name}Is`]: value === null ? 'unset' : 'set' };
}

/** One field's change: `{field}`, `{from}`, `{to}`. */
export function changeArgs(field: PersonFieldName, from: string | null, to: string | null): Values {
  return { field, ...valueArgs('from', from), ...valueArgs('to', to) };
}

/** A list of changes: `{count}`, then `{field1}`, `{from1}`, `{to1}`, … */
export function changeListArgs(changes: ReadonlyArray<{ readonly field: PersonFieldName; readonly from: string | null; readonly to: string | null }>): Values {
  return Object.assign(
    { count: changes.length },
    ...changes.map(({ field, from, to }, i) => ({ [`field${i + 1}`]: field, ...valueArgs(`from${i + 1}`, from), ...valueArgs(`to${i + 1}`, to) })),
  ) as Values;
}

/** The fields the profile holds other values of than the request's old ones (`refusal.outOfSync`): `{count}`, then `{field1}`, `{now1}`, `{was1}`, … */
export function staleListArgs(stale: ReadonlyArray<{ readonly field: PersonFieldName; readonly now: string | null; readonly was: string | null }>): Values {
  return Object.assign(
    { count: stale.length },
    ...stale.map(({ field, now, was }, i) => ({ [`field${i + 1}`]: field, ...valueArgs(`now${i + 1}`, now), ...valueArgs(`was${i + 1}`, was) })),
  ) as Values;
}

/** A list of fields: `{<name>Count}`, then `{<name>1}`, `{<name>2}`, … */
export function fieldListArgs(name: string, fields: readonly PersonFieldName[]): Values {
  return Object.assign({ [`${name}Count`]: fields.length }, ...fields.map((field, i) => ({ [`${name}${i + 1}`]: field }))) as Values;
}
