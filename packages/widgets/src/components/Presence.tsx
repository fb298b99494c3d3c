import type { Translate } from '@tickets/plugin-kit/widget';
import type { PresentPerson } from '../api/types.js';
import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';
import type { WidgetsMessageKey } from '../i18n/widgets-messages.js';

export interface PresenceProps {
  /** The others who have the ticket open now (never the viewer). */
  people: readonly PresentPerson[];
}

/** One sentence per person: who else is on the ticket, writers first, so two people do not answer the same request twice. */
export function presenceSentences(people: readonly PresentPerson[], t: Translate<WidgetsMessageKey>): Array<{ text: string; writing: boolean }> {
  const writers = people.filter((person) => person.activity === 'writing');
  const viewers = people.filter((person) => person.activity === 'viewing');
  return [
    ...writers.map((person) => ({ text: t('presence.writing', { name: person.name }), writing: true })),
    ...viewers.map((person) => ({ text: t('presence.viewing', { name: person.name }), writing: false })),
  ];
}

/**
 * Who else has the ticket open, and who is writing a comment, as it changes. A polite live region:
 * screen readers say it when it changes, without interrupting. Nothing shows when no one else is there.
 */
export function Presence({ people }: PresenceProps) {
  const { t } = useWidgetsMessages();
  return (
    <div className="tk-presence" part="presence" role="status">
      {presenceSentences(people, t).map((sentence) => (
        <p key={sentence.text} className={sentence.writing ? 'tk-presence-writing' : 'tk-muted'}>
          {sentence.text}
        </p>
      ))}
    </div>
  );
}
