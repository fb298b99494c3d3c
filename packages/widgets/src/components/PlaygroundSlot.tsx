import { type AnyPlaygroundDefinition, type PlaygroundProps, type PlaygroundTicket, type PlaygroundView, useCatalogReady } from '@tickets/plugin-kit/widget';
import { useEffect, useSyncExternalStore } from 'react';
import type { ActingAsChoice, TicketPageDetail } from '../api/types.js';
import { loadPlaygroundModule, onPlaygroundsChange, playgroundModuleState } from '../elements/playground-registry.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';

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
 * A playground the host page registered is used at once; one the API's manifest names is loaded
 * the first time a ticket of its type is shown (the part says so meanwhile, and while the type's own
 * words load in the reader's language). A view that throws, or
 * a module that does not load, is replaced by a short note: one broken plugin cannot break the page.
 */
export function PlaygroundSlot({ playgrounds, detail, actingAs, runAction, busy }: PlaygroundSlotProps) {
  const type = detail.ticket.type;
  const { t } = useTicketMessages();
  const registered = playgrounds.find((playground) => playground.type === type);
  const module = useSyncExternalStore(onPlaygroundsChange, () => playgroundModuleState(type));
  const wanted = !registered && actingAs !== null;
  // Also when the module is registered after the page mounted (the loader registers the API's
  // types once the core has started, and an answer may come first).
  useEffect(() => {
    if (wanted && module.status === 'idle') loadPlaygroundModule(type);
  }, [wanted, type, module.status]);
  const definition = registered ?? (module.status === 'loaded' ? module.definition : undefined);
  const wordsReady = useCatalogReady(definition?.messages);
  if (!actingAs) return null;
  const failed = <Failed typeTitle={detail.ticket.typeTitle} />;
  if (!definition || !wordsReady) {
    if (module.status === 'failed') return <section className="tk-section tk-playground" aria-label={detail.ticket.typeTitle}>{failed}</section>;
    if (definition || module.status === 'idle' || module.status === 'loading') {
      return (
        <section className="tk-section tk-playground" aria-label={detail.ticket.typeTitle} aria-busy="true">
          <p className="tk-muted" role="status">
            {t('playground.loading', { type: detail.ticket.typeTitle })}
          </p>
        </section>
      );
    }
    return null;
  }
  const View = definition.views[actingAs.role] as PlaygroundView | null | undefined;
  if (!View) return null;
  return (
    <section className="tk-section tk-playground" aria-label={detail.ticket.typeTitle}>
      <ErrorBoundary
        // A new ticket or another role starts afresh, even after a failure.
        key={`${detail.ticket.id}:${actingAs.role}`}
        fallback={() => failed}
      >
        <View ticket={playgroundTicket(detail, actingAs)} metadata={detail.metadata} actions={actingAs.actions} runAction={runAction} busy={busy} />
      </ErrorBoundary>
    </section>
  );
}

function Failed({ typeTitle }: { typeTitle: string }) {
  const { t } = useTicketMessages();
  return (
    <p className="tk-error" role="alert">
      {t('playground.failed', { type: typeTitle })}
    </p>
  );
}
