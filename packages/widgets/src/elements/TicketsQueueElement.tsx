import type { ReactNode } from 'react';
import { ConnectedTicketQueue } from '../connected/ConnectedTicketQueue.js';
import type { TicketsOpenDetail } from './TicketsListElement.js';
import { TicketsElement } from './TicketsElement.js';

/**
 * `<tickets-queue api-url="…" token="…" type="competition-result">`: one type's open tickets grouped
 * by status, with who holds each and since when — what a team works from every day. Optional
 * attributes: `ticket-href` (a ticket page's address with `{id}`; without it choosing a ticket sends
 * `tickets-open`), `page-size` (per status), `holder` (`me` or `nobody`), `heading`.
 */
export class TicketsQueueElement extends TicketsElement {
  static override readonly observedAttributes = [...TicketsElement.observedAttributes, 'type', 'ticket-href', 'page-size', 'holder', 'heading'];

  protected renderWidget(): ReactNode {
    const type = this.getAttribute('type') ?? '';
    const href = this.getAttribute('ticket-href');
    const pageSize = Math.min(50, Math.max(1, Number(this.getAttribute('page-size')) || 10));
    const holderAttribute = this.getAttribute('holder');
    const holder = holderAttribute === 'me' || holderAttribute === 'nobody' ? holderAttribute : null;
    const heading = this.getAttribute('heading');
    return (
      <ConnectedTicketQueue
        key={`${type}:${holder ?? ''}:${pageSize}`}
        type={type}
        pageSize={pageSize}
        initialHolder={holder}
        {...(heading ? { heading } : {})}
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
