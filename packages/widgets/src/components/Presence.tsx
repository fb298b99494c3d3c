import type { PresentPerson } from '../api/types.js';

export interface PresenceProps {
  /** The others who have the ticket open now (never the viewer). */
  people: readonly PresentPerson[];
}

/** One sentence per person: who else is on the ticket, writers first, so two people do not answer the same request twice. */
export function presenceSentences(people: readonly PresentPerson[]): string[] {
  const writers = people.filter((person) => person.activity === 'writing');
  const viewers = people.filter((person) => person.activity === 'viewing');
  return [...writers.map((person) => `${person.name} is writing a comment.`), ...viewers.map((person) => `${person.name} is viewing this ticket.`)];
}

/**
 * Who else has the ticket open, and who is writing a comment, as it changes. A polite live region:
 * screen readers say it when it changes, without interrupting. Nothing shows when no one else is there.
 */
export function Presence({ people }: PresenceProps) {
  const sentences = presenceSentences(people);
  return (
    <div className="tk-presence" part="presence" role="status">
      {sentences.map((sentence) => (
        <p key={sentence} className={sentence.endsWith('writing a comment.') ? 'tk-presence-writing' : 'tk-muted'}>
          {sentence}
        </p>
      ))}
    </div>
  );
}
