// How the playground words the stored metadata: records, fields and values (times: the kit's `Time`). Zod-free, like
// everything the playground imports (see the lint rule in eslint.config.js).
import type { Translate } from '@tickets/plugin-kit/widget';
import type { PreviewEntry } from '../preview.js';
import type { AnonymizationMessageKey } from './i18n/messages.js';

type T = Translate<AnonymizationMessageKey>;

/** "Account (user #9)", "Competitor profile (person #1)". */
export function recordLabel(entry: Pick<PreviewEntry, 'record' | 'recordId'>, t: T): string {
  return t(`record.${entry.record}`, { id: String(entry.recordId) });
}

/** "Date of birth". */
export function fieldLabel(entry: Pick<PreviewEntry, 'field'>, t: T): string {
  return t(`field.${entry.field}`);
}

/** The value as it is now, in words; `null` when the record holds nothing there. */
export function valueText(entry: Pick<PreviewEntry, 'field' | 'currentValue'>, t: T): string | null {
  if (entry.currentValue === null || entry.currentValue === '') return null;
  if (entry.field === 'rows') return t('value.rows', { count: Number(entry.currentValue) });
  return String(entry.currentValue);
}
