// The custom-statuses issue's own bench writes its figures here; this bench only reports them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STATUS_MIGRATION_RESULTS = fileURLToPath(new URL('../../api/bench-results/status-migration.json', import.meta.url));

/** The figures as label/value rows, or null when that bench has not run. */
export function statusMigrationFigures(): { label: string; value: string }[] | null {
  if (!existsSync(STATUS_MIGRATION_RESULTS)) return null;
  const data: unknown = JSON.parse(readFileSync(STATUS_MIGRATION_RESULTS, 'utf8'));
  const rows: { label: string; value: string }[] = [];
  const walk = (value: unknown, label: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) for (const [key, inner] of Object.entries(value)) walk(inner, label ? `${label}.${key}` : key);
    else rows.push({ label, value: typeof value === 'string' ? value : JSON.stringify(value) });
  };
  walk(data, '');
  return rows;
}
