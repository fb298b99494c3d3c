import type { LogEvent } from '@tickets/domain';

/** One field's change as a `metadata.changed` log entry records it. */
export type MetadataChange = Extract<LogEvent, { type: 'metadata.changed' }>['changes'][number];

function same(before: unknown, after: unknown): boolean {
  // Stored metadata is JSON (the log keeps it as such), so equal JSON is the same value.
  return before === after || JSON.stringify(before) === JSON.stringify(after);
}

/** The change of one field for the log: none when it holds the same value after as before. */
export function changeOf(field: string, label: string, before: MetadataChange['before'], after: MetadataChange['after']): MetadataChange[] {
  return same(before, after) ? [] : [{ field, label, before, after }];
}

/**
 * What an action changed, for the `metadata.changed` log entry: each field of `labels` whose value
 * differs between the metadata before and after, in the order `labels` lists them, with the label
 * a person reads (`{ rejectionReason: 'rejection reason' }`).
 */
export function metadataChanges<Metadata extends object>(
  before: Metadata,
  after: Metadata,
  labels: Partial<Record<keyof Metadata & string, string>>,
): MetadataChange[] {
  return Object.entries<string | undefined>(labels).flatMap(([field, label]) => {
    if (label === undefined) return [];
    const key = field as keyof Metadata;
    return changeOf(field, label, before[key] as MetadataChange['before'], after[key] as MetadataChange['after']);
  });
}
