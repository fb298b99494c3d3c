/** Raw queries hand timestamps back as strings (the ORM's pg type parsing) or Dates; clients get ISO strings. */
export function isoTimestamp(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function isoTimestampOrNull(value: Date | string | null): string | null {
  return value === null ? null : isoTimestamp(value);
}
