import { changeLabels, type MetadataChange } from '@tickets/plugin-kit/server';
import { anonymizationType } from '../../ticket-type.js';
import type { AnonymizationPreview, PreviewEntry } from '../../preview.js';
import { describePreview } from '../../preview-wording.js';

function sameEntry(a: PreviewEntry, b: PreviewEntry): boolean {
  return a.record === b.record && a.recordId === b.recordId && a.field === b.field && a.currentValue === b.currentValue;
}

export function samePreviewEntries(a: readonly PreviewEntry[], b: readonly PreviewEntry[]): boolean {
  return a.length === b.length && a.every((entry, index) => sameEntry(entry, b[index]!));
}

/**
 * The log's record of a new preview: which fields it lists and when it was taken, never the
 * values — the log is kept for good and must not keep what anonymizing removes.
 */
export function previewChange(before: AnonymizationPreview, after: AnonymizationPreview): MetadataChange[] {
  if (before.takenAt === after.takenAt && samePreviewEntries(before.entries, after.entries)) return [];
  return [{ field: 'preview', label: changeLabels(anonymizationType, ['preview']).preview, before: describePreview(before), after: describePreview(after) }];
}
