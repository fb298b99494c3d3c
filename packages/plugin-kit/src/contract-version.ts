/**
 * The version of the contract between a ticket-type plugin and the server that serves it: what a
 * definition holds, what actions and stores receive. It goes up only when a plugin built against
 * the kit before would break on a server built after (a field renamed, a hook's arguments
 * changed), not with every release of the kit. `defineTicketType` stamps it on each definition, so
 * a published plugin carries the contract of the kit it was built with, and the server refuses at
 * start-up one it cannot serve, naming both versions.
 */
export const KIT_CONTRACT_VERSION = 1;

/** Why a plugin stamped with `pluginContract` cannot be served by this kit, or null when it can. */
export function contractMismatch(plugin: string, pluginContract: number | undefined): string | null {
  if (pluginContract === KIT_CONTRACT_VERSION) return null;
  const built = pluginContract === undefined ? 'a kit from before contract versions' : `plugin-kit contract ${pluginContract}`;
  const fix =
    pluginContract !== undefined && pluginContract > KIT_CONTRACT_VERSION
      ? 'Upgrade the Tickets server, or install a release of the plugin built for this contract.'
      : 'Install a release of the plugin built against this server\'s @tickets/plugin-kit, or rebuild it against it.';
  return `Ticket-type plugin '${plugin}' was built for ${built}, but this server serves plugin-kit contract ${KIT_CONTRACT_VERSION}. ${fix}`;
}
