import type { AnyPlaygroundDefinition, PlaygroundProps, PlaygroundTicket, PlaygroundView } from '@tickets/plugin-kit/widget';
import type { ActingAsChoice, TicketPageDetail } from '../api/types.js';
import { ErrorBoundary } from './ErrorBoundary.js';

export interface PlaygroundSlotProps {
  /** The playgrounds the host page registered (the plugins' `./widget` exports). */
  playgrounds: readonly AnyPlaygroundDefinition[];
  detail: TicketPageDetail;
  /** The stakeholder the viewer acts as; its role picks the view. */
  actingAs: ActingAsChoice | null;
  runAction: PlaygroundProps['runAction'];
  busy: boolean;
}

/** What a playground sees of the ticket. */
export function playgroundTicket(detail: TicketPageDetail, actingAs: ActingAsChoice): PlaygroundTicket {
  const { ticket } = detail;
  return {
    ...ticket,
    stakeholders: detail.stakeholders,
    statuses: detail.lifecycle.statuses,
    actingAs: { stakeholderId: actingAs.stakeholderId, name: actingAs.name, connection: actingAs.connection, role: actingAs.role },
  };
}

/**
 * The ticket type's own part of the page, chosen by the role of the stakeholder the viewer acts
 * as. Nothing when the type has no playground or no view for that role, or the viewer cannot act.
 * A view that throws is replaced by a short note: one broken plugin cannot break the page.
 */
export function PlaygroundSlot({ playgrounds, detail, actingAs, runAction, busy }: PlaygroundSlotProps) {
  const definition = playgrounds.find((playground) => playground.type === detail.ticket.type);
  const View = (actingAs && definition?.views[actingAs.role]) as PlaygroundView | null | undefined;
  if (!View || !actingAs) return null;
  return (
    <section className="tk-section tk-playground" aria-label={detail.ticket.typeTitle}>
      <ErrorBoundary
        // A new ticket or another role starts afresh, even after a failure.
        key={`${detail.ticket.id}:${actingAs.role}`}
        fallback={() => (
          <p className="tk-error" role="alert">
            The {detail.ticket.typeTitle} part of this page could not be shown. The rest of the ticket works as usual.
          </p>
        )}
      >
        <View ticket={playgroundTicket(detail, actingAs)} metadata={detail.metadata} actions={actingAs.actions} runAction={runAction} busy={busy} />
      </ErrorBoundary>
    </section>
  );
}
