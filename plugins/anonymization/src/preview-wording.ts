import type { AnonymizationPreview, PreviewEntry, PreviewField, PreviewRecord } from './preview.js';

export const FIELD_LABELS: Readonly<Record<PreviewField, string>> = {
  name: 'name',
  email: 'e-mail',
  dateOfBirth: 'date of birth',
  gender: 'gender',
  rows: 'history entries',
};

const RECORD_LABELS: Readonly<Record<PreviewRecord, string>> = {
  user: 'user',
  person: 'person',
  person_history: 'history of person',
};

function describeRecord(record: PreviewRecord, recordId: number, entries: readonly PreviewEntry[]): string {
  const fields = entries.map((entry) => (entry.field === 'rows' ? `${entry.currentValue} ${FIELD_LABELS.rows}` : FIELD_LABELS[entry.field]));
  return `${RECORD_LABELS[record]} #${recordId}: ${fields.join(', ')}`;
}

/**
 * Which records and fields a preview lists, without their values ("user #9: name, e-mail;
 * person #1: name, date of birth, gender"). Logs use it: a log entry is kept for good, so it must
 * not copy the personal data anonymizing removes.
 */
export function describePreviewFields(entries: readonly PreviewEntry[]): string {
  if (entries.length === 0) return 'nothing left to anonymize';
  const groups = new Map<string, PreviewEntry[]>();
  for (const entry of entries) {
    const key = `${entry.record}#${entry.recordId}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()].map((group) => describeRecord(group[0]!.record, group[0]!.recordId, group)).join('; ');
}

/** A preview for the log: its fields and when the directory was read ("… (as of 2026-11-23 10:04:05 UTC)"). */
export function describePreview(preview: AnonymizationPreview): string {
  return `${describePreviewFields(preview.entries)} (as of ${preview.takenAt.slice(0, 19).replace('T', ' ')} UTC)`;
}
