/**
 * A template with its placeholders replaced: any string that is exactly a key of `values` (such as
 * `"$ticket"`) becomes that value, at any depth of arrays and objects; everything else is kept.
 */
export function fillPlaceholders(template: unknown, values: Readonly<Record<string, unknown>>): unknown {
  if (typeof template === 'string' && Object.hasOwn(values, template)) return values[template];
  if (Array.isArray(template)) return template.map((item) => fillPlaceholders(item, values));
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fillPlaceholders(value, values)]));
  }
  return template;
}
