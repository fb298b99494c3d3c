import type { ReactNode } from 'react';
import type { TicketListFilters } from '../api/types.js';
import { ConnectedTicketList } from '../connected/ConnectedTicketList.js';
import { TicketsElement } from './TicketsElement.js';

/** The event `<tickets-list>` sends when a ticket is chosen and it has no `ticket-href`. */
export interface TicketsOpenDetail {
  ticketId: number;
}

/**
 * `<tickets-list api-url="…" token="…">`: the tickets the viewer may see. Optional attributes:
 * `ticket-href` (a ticket page's address with `{id}`, e.g. `/tickets/{id}`; without it choosing a
 * ticket sends a `tickets-open` event), `page-size`, `heading` (the list's own heading; empty for
 * none, when the page has its own), and the first filters: `state` (open or closed), `mine`, `my-groups`.
 */
export class TicketsListElement extends TicketsElement {
  static override readonly observedAttributes = [...TicketsElement.observedAttributes, 'ticket-href', 'page-size', 'state', 'mine', 'my-groups', 'heading'];

  initialFilters(): TicketListFilters {
    const state = this.getAttribute('state');
    return {
      ...(state === 'open' || state === 'closed' ? { state } : {}),
      ...(this.hasAttribute('mine') ? { mine: true } : {}),
      ...(this.hasAttribute('my-groups') ? { myGroups: true } : {}),
    };
  }

  protected renderWidget(): ReactNode {
    const href = this.getAttribute('ticket-href');
    const pageSize = Math.min(100, Math.max(1, Number(this.getAttribute('page-size')) || 25));
    const filters = this.initialFilters();
    const heading = this.getAttribute('heading');
    return (
      <ConnectedTicketList
        {...(heading !== null ? { heading } : {})}
        // New starting filters (attributes) start the list afresh.
        key={JSON.stringify(filters)}
        initialFilters={filters}
        pageSize={pageSize}
        {...(href
          ? { ticketHref: (id: number) => href.replaceAll('{id}', String(id)) }
          : {
              onOpen: (ticketId: number) =>
                this.dispatchEvent(new CustomEvent<TicketsOpenDetail>('tickets-open', { detail: { ticketId }, bubbles: true, composed: true })),
            })}
      />
    );
  }
}
