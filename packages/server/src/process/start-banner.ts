// The lines every start command's banner says alike, so a developer reads the same words whichever they ran.
import type { RunningApi } from '../app.js';
import type { Config } from '../config.js';

export function ticketTypesLine(api: RunningApi): string {
  return `Ticket types: ${api.services.ticketTypes.all.map((t) => t.type).join(', ') || 'none (list plugins in tickets.config.json)'}`;
}

export function databaseLine(api: RunningApi, config: Config): string {
  return `Database: ${api.embedded ? `embedded PGlite in ${config.TICKETS_DATA_DIR}/pglite` : 'DATABASE_URL'}${api.seeded ? ' — demo directory seeded' : ''}`;
}
