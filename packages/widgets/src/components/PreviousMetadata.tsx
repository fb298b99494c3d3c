import { useTicketMessages } from '../i18n/use-ticket-messages.js';
/** A value of old metadata as text: strings as they are, anything else as JSON. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What a ticket held before it moved to another type (the old type's metadata, kept in the log
 * entry of the move), folded under the entry so the timeline stays a story.
 */
export function PreviousMetadata({ title, metadata }: { title: string; metadata: unknown }) {
  const { t } = useTicketMessages();
  if (metadata === null || typeof metadata !== 'object') return null;
  const fields = Object.entries(metadata as Record<string, unknown>);
  if (fields.length === 0) return null;
  return (
    <details className="tk-previous-metadata">
      <summary>{t('timeline.previous', { type: title })}</summary>
      <dl>
        {fields.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{asText(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
