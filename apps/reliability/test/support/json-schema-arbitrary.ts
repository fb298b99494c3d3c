// fast-check values shaped by a procedure's input schema (zod 4 → JSON Schema → arbitrary), with
// a share of wrong types and garbage mixed in at every level when `wild` is set.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
}

/** Ids and versions near the few rows a test database holds, so many inputs reach real tickets. */
const nearbyInteger = fc.integer({ min: 1, max: 12 });

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -(2 ** 31));
  const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 2 ** 31), Number.MAX_SAFE_INTEGER);
  return fc.oneof(nearbyInteger.filter((n) => n >= min && n <= max), fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max }), fc.constantFrom(min, max));
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uri' || schema.format === 'url') return fc.oneof(fc.webUrl(), fc.string());
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, minLength + 60);
  return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: 'binary', minLength, maxLength }), fc.constantFrom(' ', '\u0000', '"\'`', '<script>', '../../etc'));
}

export function arbitraryFor(schema: JsonSchema, wild: boolean, depth = 0): fc.Arbitrary<unknown> {
  const exact = shapedBy(schema, wild, depth);
  return wild ? fc.oneof({ weight: 4, arbitrary: exact }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }) : exact;
}

function shapedBy(schema: JsonSchema, wild: boolean, depth: number): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((option) => arbitraryFor(option, wild, depth + 1)));
  if (schema.allOf?.[0]) return arbitraryFor(schema.allOf[0], wild, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const required = Object.keys(properties).filter((key) => schema.required?.includes(key));
      const optional = Object.keys(properties).filter((key) => !schema.required?.includes(key));
      return fc.record(
        Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, arbitraryFor(inner, wild, depth + 1)])),
        // Leaving a required key out is also a wrong input worth sending.
        { requiredKeys: wild ? [] : required, ...(optional.length === 0 && !wild ? {} : {}) },
      );
    }
    case 'array':
      return fc.array(schema.items ? arbitraryFor(schema.items, wild, depth + 1) : fc.jsonValue({ maxDepth: 1 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 8),
      });
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return fc.oneof(integerArbitrary(schema), fc.double());
    case 'string':
      return stringArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
