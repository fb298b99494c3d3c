// The embeddable bundle (dist/tickets-widgets.js): registers <tickets-ticket>, <tickets-list>,
// <tickets-queue> and <tickets-status-settings>.
//   <script type="module" src="…/tickets-widgets.js"></script>
//   <tickets-ticket ticket-id="12" api-url="https://tickets.example.org/trpc" token="…"></tickets-ticket>
import { TicketsListElement } from './elements/TicketsListElement.js';
import { TicketsQueueElement } from './elements/TicketsQueueElement.js';
import { TicketsStatusSettingsElement } from './elements/TicketsStatusSettingsElement.js';
import { TicketsTicketElement } from './elements/TicketsTicketElement.js';

export { registerPlaygroundModules, registerPlaygrounds, type PlaygroundModule } from './elements/playground-registry.js';
export type { TokenProvider } from './elements/TicketsElement.js';
export type { TicketsFilterChangeDetail, TicketsOpenDetail } from './elements/TicketsListElement.js';
export { TicketsListElement, TicketsQueueElement, TicketsStatusSettingsElement, TicketsTicketElement };

/** Defines the custom elements (once; a second bundle on the page leaves the first in place). */
export function defineTicketsElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('tickets-ticket')) registry.define('tickets-ticket', TicketsTicketElement);
  if (!registry.get('tickets-list')) registry.define('tickets-list', TicketsListElement);
  if (!registry.get('tickets-queue')) registry.define('tickets-queue', TicketsQueueElement);
  if (!registry.get('tickets-status-settings')) registry.define('tickets-status-settings', TicketsStatusSettingsElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'tickets-ticket': TicketsTicketElement;
    'tickets-list': TicketsListElement;
    'tickets-queue': TicketsQueueElement;
    'tickets-status-settings': TicketsStatusSettingsElement;
  }
}

defineTicketsElements();
