import type { ReactNode } from 'react';
import { ConnectedStatusSettings } from '../connected/ConnectedStatusSettings.js';
import { TicketsElement } from './TicketsElement.js';

/**
 * `<tickets-status-settings api-url="…" token="…">`: the namespace's statuses by category with
 * their usage; a namespace admin (a site admin) adds, edits, reorders and removes them, anyone else
 * reads them. Shows the progress of a running status migration.
 */
export class TicketsStatusSettingsElement extends TicketsElement {
  protected renderWidget(): ReactNode {
    return <ConnectedStatusSettings />;
  }
}
