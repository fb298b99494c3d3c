import { fileURLToPath } from 'node:url';
import { KIT_CONTRACT_VERSION } from '@tickets/plugin-kit';
import { describe, expect, it } from 'vitest';
import { loadTicketTypes, ticketTypesOfDeployment } from '../src/modules/ticket-types/load-ticket-types.js';
import { REPO_ROOT } from '../src/config.js';
import { TicketTypeRegistry } from '../src/modules/ticket-types/ticket-type-registry.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('discovering ticket-type plugins', () => {
  it('loads every plugin the deployment lists', async () => {
    const listed = ticketTypesOfDeployment(REPO_ROOT);
    expect(listed.length).toBeGreaterThan(0);
    const types = await loadTicketTypes(listed, REPO_ROOT);
    expect(types).toHaveLength(listed.length);
    for (const type of types) expect(('definition' in type ? type.definition : type).title.length).toBeGreaterThan(0);
  });

  it('stops with a message naming a plugin that fails validation', async () => {
    await expect(loadTicketTypes([fixture('broken-plugin.ts')], REPO_ROOT)).rejects.toThrow(
      /Ticket-type plugin '.*broken-plugin\.ts' is not valid: Ticket type 'Broken Type' is not valid/,
    );
  });

  it('stops with a message naming a plugin that accepts metadata but keeps it nowhere', async () => {
    await expect(loadTicketTypes([fixture('unstored-plugin.ts')], REPO_ROOT)).rejects.toThrow(
      /Ticket-type plugin '.*unstored-plugin\.ts' is not valid: Ticket type 'unstored-note' is not valid: it accepts metadata \(message\) but keeps it nowhere/,
    );
    // Handed to the API directly, it is refused all the same.
    const { default: unstored } = await import('./fixtures/unstored-plugin.js');
    expect(() => new TicketTypeRegistry([unstored])).toThrow(/Ticket type 'unstored-note' is not valid: it accepts metadata \(message\) but keeps it nowhere/);
  });

  it('refuses a plugin built for another plugin-kit contract, naming the plugin and both versions', async () => {
    await expect(loadTicketTypes([fixture('future-contract-plugin.ts')], REPO_ROOT)).rejects.toThrow(
      new RegExp(`Ticket-type plugin '.*future-contract-plugin\\.ts' was built for plugin-kit contract ${KIT_CONTRACT_VERSION + 1}, but this server serves plugin-kit contract ${KIT_CONTRACT_VERSION}\\. Upgrade the Tickets server`),
    );
    await expect(loadTicketTypes([fixture('unstamped-plugin.ts')], REPO_ROOT)).rejects.toThrow(
      /Ticket-type plugin '.*unstamped-plugin\.ts' was built for a kit from before contract versions, but this server serves plugin-kit contract \d+/,
    );
  });

  it('stops with a message naming a plugin without a default export, or one that cannot be found', async () => {
    await expect(loadTicketTypes([fixture('no-default-plugin.ts')], REPO_ROOT)).rejects.toThrow(/has no default export/);
    await expect(loadTicketTypes(['@tickets/plugin-does-not-exist'], REPO_ROOT)).rejects.toThrow(
      /Ticket-type plugin '@tickets\/plugin-does-not-exist' could not be loaded/,
    );
  });
});
