// How a metadata field travels to its column and back. Most fields are plain values the driver
// binds and returns as they are; three kinds are not: JSON (stored as jsonb), lists (PostgreSQL
// arrays, which knex would expand into a comma list if bound as a JavaScript array) and
// timestamps (which the API's driver returns as PostgreSQL's text, while metadata holds ISO 8601).
import { type ArrayElement, type ListType, sql, type Statement } from '@tickets/sql';
import { z } from 'zod';

/** The SQL type of a column that is not a plain value: `jsonb`, `timestamptz`, or a list (`int[]`). */
export type ColumnType = 'jsonb' | 'timestamptz' | `${ListType}[]`;

/** The column a metadata field is kept in: its name in snake_case (`rejectionReason` → `rejection_reason`). */
export function columnName(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function listType(type: ColumnType | undefined): ListType | null {
  return type?.endsWith('[]') ? (type.slice(0, -2) as ListType) : null;
}

/** A field's value as the statement writes it into its column. */
export function columnValue(value: unknown, type: ColumnType | undefined): Statement {
  if (value === null || value === undefined) return sql`${null}`;
  if (type === 'jsonb') return sql`${JSON.stringify(value)}::jsonb`;
  const list = listType(type);
  if (list) return sql.list(value as readonly ArrayElement[], list);
  return sql`${value}`;
}

/** How a column is selected: JSON and lists as JSON text, so every driver returns them alike. */
export function selectedColumn(column: string, type: ColumnType | undefined): Statement {
  if (type === 'jsonb' || listType(type)) return sql`to_json(${sql.id(column)})::text as ${sql.id(column)}`;
  return sql.id(column);
}

const jsonText = z.string().transform((text): unknown => JSON.parse(text));
const timestamp = z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString());

/** What a selected column holds, back in the shape the metadata keeps (ISO timestamps, parsed JSON). */
export function columnReader(type: ColumnType | undefined): z.ZodType {
  if (type === 'timestamptz') return timestamp.nullable();
  if (type === 'jsonb' || listType(type)) return jsonText.nullable();
  return z.unknown();
}
