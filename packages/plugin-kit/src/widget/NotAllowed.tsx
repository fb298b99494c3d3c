import { useId } from 'react';
import { type NotAllowedReasons, notAllowedReasons } from './not-allowed.js';
import type { ActionView } from './playground.js';

/** Why each of these actions is refused to the viewer, with ids for their controls to point at. */
export function useNotAllowed(actions: readonly (ActionView | null | undefined)[]): NotAllowedReasons {
  return notAllowedReasons(useId(), actions);
}

/** The sentences saying why, each once; a refused action's control points at its sentence. */
export function NotAllowed({ reasons }: { reasons: NotAllowedReasons }) {
  return reasons.reasons.map((reason) => (
    <p key={reason.id} id={reason.id} className="tk-muted">
      {reason.text}
    </p>
  ));
}
