// Where a start looks for its deployment (tickets.config.json, the plugins, .data) when TICKETS_ROOT
// does not say: the repository inside the workspace, the current folder where the server is installed.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTicketsRoot, loadConfig, REPO_ROOT } from '../src/config.js';
import { loadConfiguredTicketTypes, ticketTypesOfDeployment } from '../src/modules/ticket-types/load-ticket-types.js';

describe('the deployment folder by default', () => {
  it('is the repository inside the workspace: a plain start serves the types tickets.config.json lists', async () => {
    const config = loadConfig({});
    expect(config.TICKETS_ROOT).toBe(resolve(REPO_ROOT));
    expect(existsSync(join(config.TICKETS_ROOT, 'pnpm-workspace.yaml'))).toBe(true);
    expect(config.TICKETS_DATA_DIR).toBe(resolve(REPO_ROOT, '.data'));
    const listed = ticketTypesOfDeployment(config.TICKETS_ROOT);
    expect(listed.length).toBeGreaterThan(0);
    const served = await loadConfiguredTicketTypes(config);
    expect(served).toHaveLength(listed.length);
  });

  it('is three folders above the server module, from its source or its build', () => {
    expect(defaultTicketsRoot('/srv/tickets/packages/server/src/config.ts', '/elsewhere')).toBe('/srv/tickets');
    expect(defaultTicketsRoot('/srv/tickets/packages/server/dist/config.js', '/elsewhere')).toBe('/srv/tickets');
  });

  it('is the current folder where the server was installed as a package', () => {
    expect(defaultTicketsRoot('/srv/deploy/node_modules/@tickets/server/dist/config.js', '/srv/deploy')).toBe('/srv/deploy');
  });

  it('is TICKETS_ROOT when set', () => {
    expect(loadConfig({ TICKETS_ROOT: '/srv/other' }).TICKETS_ROOT).toBe('/srv/other');
    expect(loadConfig({ TICKETS_ROOT: '/srv/other' }).TICKETS_DATA_DIR).toBe('/srv/other/.data');
  });
});
