// The packages a deployment needs, as a team publishes them: packed with `pnpm pack`, installed
// with npm into an empty folder outside the workspace that holds only a package.json and a
// tickets.config.json, and started there with the installed `tickets-api` on a PostgreSQL
// database of its own, empty. It serves the plugin the folder lists, with its migrations, and
// refuses a plugin built for a plugin-kit contract it cannot serve, naming both versions.
import { randomBytes } from 'node:crypto';
import { realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { issueToken, loadConfig, loadTokenKey } from '@tickets/server';
import { startMailCatcher, userId } from '@tickets/server/testing';
import { KIT_CONTRACT_VERSION } from '@tickets/plugin-kit';
import pg from 'pg';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CommandOutcome,
  exportTargets,
  npmInstall,
  packPackages,
  readInstalledManifest,
  runInstalled,
  WORKSPACE_ROOT,
  writeDeploymentFolder,
} from './support/deployment-folder.js';
import { callWire } from './support/wire.js';

/** What a deployment installs: the API's start command, the server and what it is made of, and one plugin. */
const PACKAGES = ['@tickets/domain', '@tickets/sql', '@tickets/plugin-kit', '@tickets/server', '@tickets/widgets', '@tickets/api', '@tickets/plugin-bug-report'];
const PLUGIN = '@tickets/plugin-bug-report';
const LISTENING = /running at (http:\/\/[^\s/]+)\/trpc/;
const TOKEN_SECRET = randomBytes(32).toString('base64url');
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tickets_test';

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onDatabase<T>(name: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the published packages, installed into a deployment folder', () => {
  let folder: string;
  let tarballs: string;
  let database: string;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
  let api: Extract<CommandOutcome, { kind: 'listening' }>;
  let env: Record<string, string>;
  let host: Server;
  let hostOrigin: string;
  let hostPage = '';

  beforeAll(async () => {
    tarballs = writeDeploymentFolder([], []);
    const packed = await packPackages(PACKAGES, tarballs);
    folder = writeDeploymentFolder(packed, [PLUGIN]);
    // An empty database, not the suite's migrated template: the installed API migrates it itself.
    database = `tickets_deployment_${randomBytes(5).toString('hex')}`;
    // A host site on another origin, for the browser below.
    host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage));
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
    await onDatabase('postgres', (client) => client.query(`create database ${database}`));
    [smtp] = await Promise.all([startMailCatcher(), npmInstall(folder)]);
    env = { NODE_ENV: 'production', DATABASE_URL: databaseUrl(database), TOKEN_SECRET, SMTP_URL: smtp.smtpUrl, PORT: '0', SEED_DEMO: 'true', LOG_LEVEL: 'info', ALLOWED_ORIGINS: hostOrigin };
    const outcome = await runInstalled(folder, 'tickets-api', env, LISTENING);
    if (outcome.kind !== 'listening') throw new Error(`tickets-api exited (${outcome.code}) before it listened:\n${outcome.output}`);
    api = outcome;
  }, 600_000);

  afterAll(async () => {
    await api?.stop();
    await smtp?.stop();
    await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
    if (database) await onDatabase('postgres', (client) => client.query(`drop database if exists ${database} with (force)`));
    for (const dir of [folder, tarballs]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('installs copies of the tarballs, each exporting only built files with their types', () => {
    for (const name of PACKAGES) {
      const installed = join(folder, 'node_modules', name);
      expect(realpathSync(installed).startsWith(realpathSync(WORKSPACE_ROOT)), `${name} links into the workspace`).toBe(false);
      const manifest = readInstalledManifest(folder, name);
      expect(JSON.stringify(manifest.exports ?? {}), `${name} exports its TypeScript source`).not.toMatch(/"source"|\.\/src\//);
      expect(JSON.stringify(manifest.dependencies ?? {}), `${name} depends on a workspace: or catalog: version`).not.toMatch(/workspace:|catalog:/);
      for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
        if (subpath === './package.json') continue;
        // The types condition first (TypeScript takes the first that matches), then the built module;
        // the widgets' browser files (a plain path) have no types to give.
        if (typeof target !== 'string') expect(Object.keys(target as object), `${name} ${subpath}`).toEqual(['types', 'default']);
        expect(exportTargets(target).every((file) => file.startsWith('./dist/')), `${name} ${subpath}`).toBe(true);
      }
    }
  });

  it('starts there: /health answers, and every migration ran, the plugin\'s included', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect(api.output()).toMatch(/Ticket types: bug-report\b/);
    const applied = await onDatabase(database, (client) => client.query<{ name: string }>('select name from mikro_orm_migrations order by id'));
    const names = applied.rows.map((row) => row.name);
    expect(names).toContain('bug-report/001-create-table');
    expect(names.filter((name) => name.startsWith('Migration')).length).toBeGreaterThan(0);
  });

  it('files a ticket of the plugin\'s type through the API and reads it back with its details', async () => {
    const token = await issueToken(await loadTokenKey(loadConfig({ TOKEN_SECRET })), userId('rita'));
    const metadata = { page: 'https://example.org/results', description: 'The results page shows the wrong round.' };
    const created = await callWire(api.url, 'tickets.create', 'mutation', { type: 'bug-report', title: 'Wrong round on the results page', metadata }, token);
    expect(created.error).toBeUndefined();
    const { id } = created.data as { id: number };
    const read = await callWire(api.url, 'tickets.get', 'query', { ticketId: id }, token);
    expect(read.error).toBeUndefined();
    expect(read.data).toMatchObject({ ticket: { id, type: 'bug-report' }, metadata });
  });

  it('serves the embed: a page on another origin renders the plugin\'s playground, loaded through the manifest', async () => {
    const manifest = (await (await fetch(`${api.url}/assets/tickets/ticket-types.json`)).json()) as { ticketTypes: { type: string; module: string }[] };
    expect(manifest.ticketTypes.map((entry) => entry.type)).toEqual(['bug-report']);
    const token = await issueToken(await loadTokenKey(loadConfig({ TOKEN_SECRET })), userId('rita'));
    const metadata = { page: 'https://example.org/podium', description: 'The podium lists the wrong winner.' };
    const created = await callWire(api.url, 'tickets.create', 'mutation', { type: 'bug-report', title: 'Wrong winner on the podium', metadata }, token);
    const { id } = created.data as { id: number };
    hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${api.url}/assets/tickets/tickets-widgets.js"></script></head><body>
<tickets-ticket api-url="${api.url}/trpc" token="${token}" ticket-id="${id}"></tickets-ticket></body></html>`;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(15_000);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      const playgroundModule = page.waitForResponse((response) => response.url().includes(`/assets/tickets/${manifest.ticketTypes[0]!.module}`));
      await page.goto(hostOrigin);
      const ticket = page.locator('tickets-ticket');
      await ticket.getByRole('heading', { name: 'Wrong winner on the podium' }).waitFor();
      // bug-report's requester view, from the installed package's dist/playground.
      await ticket.getByRole('region', { name: 'Report a bug' }).getByText('The podium lists the wrong winner.').waitFor();
      expect((await playgroundModule).status()).toBe(200);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('refuses a plugin built for another plugin-kit contract, naming the plugin and both versions', async () => {
    // A plugin published against a newer kit: what its default export carries is the kit's stamp.
    writeFileSync(
      join(folder, 'future-plugin.js'),
      `import { defineTicketType } from '@tickets/plugin-kit';
import { z } from 'zod';
export default defineTicketType({ type: 'from-the-future', title: 'From the future', metadata: z.object({}), kitContract: ${KIT_CONTRACT_VERSION + 1} });
`,
    );
    const outcome = await runInstalled(folder, 'tickets-api', { ...env, TICKET_TYPES: `${PLUGIN},./future-plugin.js` }, LISTENING);
    if (outcome.kind === 'listening') await outcome.stop();
    expect(outcome.kind, 'the API started with a plugin it cannot serve').toBe('exited');
    if (outcome.kind !== 'exited') return;
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain(
      `Ticket-type plugin './future-plugin.js' was built for plugin-kit contract ${KIT_CONTRACT_VERSION + 1}, but this server serves plugin-kit contract ${KIT_CONTRACT_VERSION}.`,
    );
  });
});
