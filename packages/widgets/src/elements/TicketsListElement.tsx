import type { ReactNode } from 'react';
import type { TicketListFilters } from '../api/types.js';
import { ConnectedTicketList } from '../connected/ConnectedTicketList.js';
import { attributesOf, filtersFromAttributes, LIST_FILTER_ATTRIBUTES } from './list-filter-attributes.js';
import { TicketsElement } from './TicketsElement.js';

/** The event `<tickets-list>` sends when a ticket is chosen and it has no `ticket-href`. */
export interface TicketsOpenDetail {
  ticketId: number;
}

/** The event `<tickets-list>` sends when the person changes its filters, search or order. */
export interface TicketsFilterChangeDetail {
  filters: TicketListFilters;
  /** The same as attributes of the element (and URL parameters): set them back, or keep them in the address, for a reload to show the same list. */
  attributes: Record<string, string>;
}

/**
 * `<tickets-list api-url="…" token="…">`: the tickets the viewer may see. Optional attributes:
 * `ticket-href` (a ticket page's address with `{id}`, e.g. `/tickets/{id}`; without it choosing a
 * ticket sends a `tickets-open` event), `page-size`, `heading` (the list's own heading; empty for
 * none, when the page has its own), and its filters: `state` (open or closed), `status` (ids),
 * `category`, `type` (keys; lists comma-separated), `mine`, `my-groups`, `search`, `sort` (updated,
 * created, status) and `direction` (asc, desc). Each change the person makes sends
 * `tickets-filter-change` with those attributes, for the host to keep in its URL.
 */
export class TicketsListElement extends TicketsElement {
  static override readonly observedAttributes = [...TicketsElement.observedAttributes, 'ticket-href', 'page-size', 'heading', ...LIST_FILTER_ATTRIBUTES];
  /** The filters the list shows now, as attributes; the list starts afresh only when attributes say other filters. */
  #shown: string | null = null;
  /** The filters the attributes said at the last render. */
  #fromAttributes: string | null = null;
  #listKey = '';

  #updateQueued = false;

  /**
   * A host sets its filters back one attribute at a time (remove them all, then set each): render once
   * they are all set, not at each step, so a step in between cannot start the list afresh.
   */
  override attributeChangedCallback(): void {
    if (this.#updateQueued) return;
    this.#updateQueued = true;
    queueMicrotask(() => {
      this.#updateQueued = false;
      this.update();
    });
  }

  initialFilters(): TicketListFilters {
    return filtersFromAttributes((name) => this.getAttribute(name));
  }

  /** The person changed the filters: the list already shows them; the host hears of it (and may write them back as attributes). */
  #filtersChanged(filters: TicketListFilters): void {
    const attributes = attributesOf(filters);
    this.#shown = JSON.stringify(attributes);
    this.dispatchEvent(new CustomEvent<TicketsFilterChangeDetail>('tickets-filter-change', { detail: { filters, attributes }, bubbles: true, composed: true }));
  }

  protected renderWidget(): ReactNode {
    const href = this.getAttribute('ticket-href');
    const pageSize = Math.min(100, Math.max(1, Number(this.getAttribute('page-size')) || 25));
    const filters = this.initialFilters();
    const wanted = JSON.stringify(attributesOf(filters));
    // Only a change of the filter attributes can start the list afresh (not a new token), and not
    // when they name what it shows already (the host set back what its event said): the list, and the focus in it, stay.
    if (wanted !== this.#fromAttributes) {
      if (wanted !== this.#shown) this.#listKey = wanted;
      this.#fromAttributes = wanted;
      this.#shown = wanted;
    }
    const heading = this.getAttribute('heading');
    return (
      <ConnectedTicketList
        {...(heading !== null ? { heading } : {})}
        // Other filters set as attributes start the list afresh.
        key={this.#listKey}
        initialFilters={filters}
        onFiltersChange={(next) => this.#filtersChanged(next)}
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
