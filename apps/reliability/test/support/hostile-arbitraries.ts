// fast-check values an attacker sends rather than a form: text that is not well-formed Unicode or
// that a database, a terminal or a page would choke on, objects nested far deeper than any form, and
// pagination cursors edited by hand.
import fc from 'fast-check';

/** Half of a surrogate pair on its own: JSON carries it as an escape ("\ud800"), PostgreSQL's jsonb refuses it. */
export const loneSurrogate: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff }))
  .map((unit) => String.fromCharCode(unit));

/** NUL, line breaks, an ANSI escape, bidi overrides and isolates, invisible characters. */
const troublemaker = fc.constantFrom('\u0000', '\r\n', '\n', '\u001b[31m', '\u0085', '\u202e', '\u2066', '\u2069', '\u200b', '\ufeff', '\u3164');

/** Text with hostile pieces mixed into ordinary, binary and whole-Unicode text. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 }), loneSurrogate, troublemaker), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

/** Stands for nesting too deep to build as a value (JSON.stringify would overflow on it): see `withDeepNesting`. */
export const DEEP_MARKER = '\u0001deep-nesting\u0001';

/** A hostile value to put anywhere in an input: hostile text, an object with hostile keys, or deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.dictionary(hostileText, hostileText, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constant(DEEP_MARKER) },
);

/** How deep `withDeepNesting` nests: around the limit of 32, and far beyond it. */
export const nestingDepth: fc.Arbitrary<number> = fc.oneof(fc.integer({ min: 28, max: 40 }), fc.integer({ min: 1_000, max: 60_000 }));

/** `value` with `hostile` put in place of one of its fields (chosen by `at`), or in place of it all. */
export function injected(value: unknown, hostile: unknown, at: number): unknown {
  if (typeof value !== 'object' || value === null) return hostile;
  if (Array.isArray(value)) return value.length === 0 ? [hostile] : value.map((item, index) => (index === at % value.length ? hostile : item));
  const keys = Object.keys(value);
  const key = keys.length === 0 || at % 4 === 0 ? `extra${at}` : keys[at % keys.length]!;
  return { ...value, [key]: hostile };
}

/** The JSON text of `value`, with each DEEP_MARKER written as arrays nested `depth` levels deep. */
export function withDeepNesting(value: unknown, depth: number): string {
  const json = JSON.stringify(value) ?? 'null';
  return json.split(JSON.stringify(DEEP_MARKER)).join(`${'['.repeat(depth)}${']'.repeat(depth)}`);
}

function timestampOf(parts: fc.Arbitrary<[number, number, number, number, number, number, number]>): fc.Arbitrary<string> {
  return parts.map(([y, mo, d, h, mi, s, us]) => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(us, 6)}Z`;
  });
}

const int = (min: number, max: number) => fc.integer({ min, max });
/** Years at the edges of the calendar (0000, which JS has and PostgreSQL does not; 0001; 9999) as often as ordinary ones. */
const year = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(0, 1, 9999) }, { weight: 2, arbitrary: int(1970, 2100) });

/** `YYYY-MM-DDTHH:MM:SS.ffffffZ`: mostly a real moment (of any year), else any digits (month 13, 31 February, 24:00). */
const timestamp: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: timestampOf(fc.tuple(year, int(1, 12), int(1, 28), int(0, 23), int(0, 59), int(0, 59), int(0, 999_999))) },
  { weight: 1, arbitrary: timestampOf(fc.tuple(int(0, 9999), int(0, 13), int(0, 32), int(0, 25), int(0, 61), int(0, 61), int(0, 999_999))) },
);

function encoded(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** A position of the right shape, or the same with one field set to something it must not hold. */
function positionOf(base: fc.Arbitrary<Record<string, unknown>>, oddities: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<string> {
  const odd = fc
    .tuple(base, fc.constantFrom(...Object.keys(oddities)))
    .chain(([position, key]) => oddities[key]!.map((value) => ({ ...position, [key]: value })));
  return fc.oneof({ weight: 2, arbitrary: base }, { weight: 1, arbitrary: odd }).map(encoded);
}

/** Cursors of the ticket list's (in its default order) and the timeline's shape, and strings that are not cursors at all. */
export const hostileCursor: fc.Arbitrary<string> = fc.oneof(
  positionOf(fc.record({ sort: fc.constant('updated'), direction: fc.constant('desc'), at: timestamp, id: int(1, 20) }), {
    sort: fc.constantFrom('created', 'id', 'title'),
    direction: fc.constantFrom('asc', 'up'),
    at: fc.oneof(fc.constant(null), hostileText),
    id: fc.oneof(fc.integer(), fc.double()),
    extra: fc.anything(),
  }),
  positionOf(fc.record({ at: timestamp, id: int(1, 20), kind: fc.constantFrom('comment', 'log') }), {
    at: hostileText,
    id: fc.oneof(fc.integer(), fc.double()),
    kind: fc.constant('note'),
    extra: fc.anything(),
  }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
  hostileText,
);
