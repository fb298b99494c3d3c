// How the playground words the stored metadata: records, fields and values (times: the kit's `Time`). Zod-free, like
// everything the playground imports (see the lint rule in eslint.config.js).
import type { PreviewEntry, PreviewRecord } from '../preview.js';
import { FIELD_LABELS } from '../preview-wording.js';

const RECORD_LABELS: Readonly<Record<PreviewRecord, string>> = {
  user: 'Account',
  person: 'Competitor profile',
  person_history: 'Profile history',
};

/** "Account (user #9)", "Competitor profile (person #1)". */
export function recordLabel(entry: Pick<PreviewEntry, 'record' | 'recordId'>): string {
  return `${RECORD_LABELS[entry.record]} (${entry.record === 'user' ? 'user' : 'person'} #${entry.recordId})`;
}

/** "Date of birth". */
export function fieldLabel(entry: Pick<PreviewEntry, 'field'>): string {
  const label = FIELD_LABELS[entry.field];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The value as it is now, in words; `null` when the record holds nothing there. */
export function valueText(entry: Pick<PreviewEntry, 'field' | 'currentValue'>): string | null {
  if (entry.currentValue === null || entry.currentValue === '') return null;
  if (entry.field === 'rows') {
    const count = Number(entry.currentValue);
    return `${count.toLocaleString('en')} ${count === 1 ? 'entry' : 'entries'}, all deleted`;
  }
  return String(entry.currentValue);
}
