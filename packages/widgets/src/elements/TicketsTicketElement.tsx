import type { AnyPlaygroundDefinition } from '@tickets/plugin-kit/widget';
import type { ReactNode } from 'react';
import { ticketQuery } from '../api/queries.js';
import { ConnectedTicketPage } from '../connected/ConnectedTicketPage.js';
import type { PageSession } from './page-session.js';
import { loadPlaygroundModule, onPlaygroundsChange, registeredPlaygrounds } from './playground-registry.js';
import { SetUpProblem, TicketsElement } from './TicketsElement.js';

/**
 * `<tickets-ticket ticket-id="12" api-url="https://tickets.example.org/trpc" token="…">`: one
 * ticket's page. Playgrounds come from `registerPlaygrounds` and the `playgrounds` property.
 */
export class TicketsTicketElement extends TicketsElement {
  static override readonly observedAttributes = [...TicketsElement.observedAttributes, 'ticket-id'];
  #playgrounds: readonly AnyPlaygroundDefinition[] = [];
  #unsubscribe: (() => void) | null = null;

  protected override upgradedProperties(): string[] {
    return [...super.upgradedProperties(), 'playgrounds'];
  }

  /** Playgrounds for this element only, besides those registered for the page. */
  get playgrounds(): readonly AnyPlaygroundDefinition[] {
    return this.#playgrounds;
  }

  set playgrounds(playgrounds: readonly AnyPlaygroundDefinition[]) {
    this.#playgrounds = Array.isArray(playgrounds) ? playgrounds : [];
    this.update();
  }

  override connectedCallback(): void {
    this.#unsubscribe ??= onPlaygroundsChange(() => this.update());
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    super.disconnectedCallback();
  }

  #ticketId(): number | null {
    const ticketId = Number((this.getAttribute('ticket-id') ?? '').trim().replace(/^#/, ''));
    return Number.isInteger(ticketId) && ticketId > 0 ? ticketId : null;
  }

  protected override startLoading(session: PageSession): void {
    const ticketId = this.#ticketId();
    if (ticketId === null) return;
    const query = ticketQuery(session.client, ticketId, session.queryClient);
    // Once: later updates (a new token, another playground) leave the cache to the page itself.
    if (session.queryClient.getQueryState(query.queryKey)) return;
    // The type's playground module is asked for as soon as the ticket says its type, while the page
    // renders, not once the page has mounted its part. A failed read is the page's to show.
    session.queryClient.fetchQuery(query).then(
      (detail) => {
        if (detail.viewer.canAct) loadPlaygroundModule(detail.ticket.type);
      },
      () => {},
    );
  }

  protected renderWidget(): ReactNode {
    const raw = this.getAttribute('ticket-id') ?? '';
    const ticketId = this.#ticketId();
    if (ticketId === null) {
      // For the host page's developer, in English like the rest of the set-up docs and the console.
      // eslint-disable-next-line i18next/no-literal-string
      return <SetUpProblem>Set the ticket-id attribute to the ticket's number (it is "{raw}").</SetUpProblem>;
    }
    return <ConnectedTicketPage key={ticketId} ticketId={ticketId} playgrounds={[...this.#playgrounds, ...registeredPlaygrounds()]} />;
  }
}
