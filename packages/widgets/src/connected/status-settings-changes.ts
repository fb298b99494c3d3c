import type { TicketsClient } from '../api/client.js';
import type { StatusChangeOutcome, StatusSettingsView } from '../api/types.js';
import type { StatusSettingsChanges } from '../components/StatusSettings.js';

/** One change to the namespace's statuses, as the settings make it. */
export interface StatusSettingsChange {
  send(client: TicketsClient): Promise<StatusChangeOutcome>;
  /** The settings as they will look once stored, shown at once. */
  optimistic?(settings: StatusSettingsView): StatusSettingsView;
}

/** The statuses of one category in the order given (their positions renumbered). */
function reordered(settings: StatusSettingsView, statusIds: readonly number[]): StatusSettingsView {
  const position = new Map(statusIds.map((id, index) => [id, index]));
  return { ...settings, statuses: settings.statuses.map((status) => (position.has(status.id) ? { ...status, position: position.get(status.id)! } : status)) };
}

/** The handlers `StatusSettings` takes, each making its change through `run`. */
export function statusSettingsChanges(run: (change: StatusSettingsChange) => Promise<StatusChangeOutcome>): StatusSettingsChanges {
  return {
    onCreate: (input) => run({ send: (client) => client.statuses.create.mutate(input) }),
    onUpdate: (input) => run({ send: (client) => client.statuses.update.mutate(input) }),
    onReorder: (statusIds) => run({ send: (client) => client.statuses.reorder.mutate({ statusIds }), optimistic: (settings) => reordered(settings, statusIds) }),
    onRemove: (input) => run({ send: (client) => client.statuses.remove.mutate(input) }),
  };
}
