import { useId } from 'react';
import { useKitMessages } from './kit-messages.js';
import { type NotAllowedReasons, notAllowedReasons, type NoReasonSentence } from './not-allowed.js';
import type { ActionView } from './playground.js';

/** Why each of these actions is refused to the viewer, with ids for their controls to point at. */
export function useNotAllowed(actions: readonly (ActionView | null | undefined)[]): NotAllowedReasons {
  return notAllowedReasons(useId(), actions, useNoReasonSentence());
}

/** "You cannot {action} on this ticket." in the reader's language, for an action refused with no reason given. */
export function useNoReasonSentence(): NoReasonSentence {
  const { t, locale } = useKitMessages();
  return (action) => t('notAllowed.fallback', { action: action.title.toLocaleLowerCase(locale) });
}

/** The sentences saying why, each once; a refused action's control points at its sentence. */
export function NotAllowed({ reasons }: { reasons: NotAllowedReasons }) {
  return reasons.reasons.map((reason) => (
    <p key={reason.id} id={reason.id} className="tk-muted">
      {reason.text}
    </p>
  ));
}
