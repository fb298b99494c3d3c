// The whole edit-person journey in a real browser (Debian's Chromium through playwright), on the demo
// host pages served next to the API, on a PostgreSQL database of this file's own: Rita files a name
// change through the contact form, Ana (results team) applies it, Rita sees it applied.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { demoInBrowser, demoPage, switchUser } from './support/demo-in-browser.js';

const RESULTS_DIR = fileURLToPath(new URL('../test-results/', import.meta.url));
const demo = demoInBrowser('@tickets/plugin-edit-person');

test('a requester files a name change, the results team applies it, the requester sees it applied', async () => {
  const { page, failures } = await demoPage(demo);
 

  // Rita asks for a new name through the contact form; without proof the API's field error is shown.
  await page.goto('/tickets');
  await switchUser(page, 'rita');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact us' }).click();
  await page.getByLabel('What should change?').selectOption('name');
  await page.getByLabel('New value').fill('Rita Lopes Silva');
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.locator('#proofUrl-error').filter({ hasText: /Add a link to proof/ }).waitFor();
  expect(await page.getByLabel('New value').inputValue()).toBe('Rita Lopes Silva');
  await page.getByLabel('Link to proof').fill('https://example.org/rita-passport.pdf');
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.waitForURL(/\/tickets\/\d+$/);
  const ticketPath = new URL(page.url()).pathname;
  await page.getByRole('heading', { name: /Change my name/ }).first().waitFor();

  // Ana (WRT) finds it in her list, opens it, sees the old and the new value and applies it as a fix.
  await switchUser(page, 'ana');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tickets' }).click();
  await page.locator('tickets-list').getByRole('link', { name: /Change my name/ }).first().click();
  await page.waitForURL((url) => url.pathname === ticketPath);
  const requested = page.getByRole('table', { name: 'Requested fields' });
  await requested.getByText('Rita Lopes', { exact: true }).waitFor();
  await requested.getByText('Rita Lopes Silva', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Apply as fix' }).click();
  const ticket = page.locator('tickets-ticket');
  await ticket.getByText('Applied').first().waitFor();
  await ticket.getByText(/Ana Kowalska .*(applied|Applied)/).first().waitFor();
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: `${RESULTS_DIR}ticket-page.png`, fullPage: true });

  // Rita's view of the same ticket: Applied, what she asked for read-only, and no playground controls.
  await switchUser(page, 'rita');
  await page.getByRole('heading', { name: /Change my name/ }).first().waitFor();
  await ticket.getByText('Applied').first().waitFor();
  await page.getByRole('table', { name: 'Requested fields' }).getByText('Rita Lopes Silva', { exact: true }).waitFor();
  expect(await page.getByRole('button', { name: /Apply as/ }).count()).toBe(0);

  expect(failures).toEqual([]);
  await page.close();
});

test('the site admin adds a status on the status settings page; others are not offered the page', async () => {
  const { page, failures } = await demoPage(demo);
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.goto('/tickets');
  await switchUser(page, 'rita');
  expect(await nav.getByRole('link', { name: 'Status settings' }).count()).toBe(0);

  // Sam (site admin) administers the namespace's statuses: the page is in his navigation bar.
  await switchUser(page, 'sam');
  await nav.getByRole('link', { name: 'Status settings' }).click();
  await page.waitForURL((url) => url.pathname === '/settings/statuses');
  const settings = page.locator('tickets-status-settings');
  await settings.getByRole('img', { name: 'Status: In progress (in progress)' }).waitFor();
  await settings.getByRole('button', { name: 'Add a status to Triage' }).click();
  await settings.getByRole('form', { name: 'Add a status to Triage' }).getByLabel('Name').fill('Waiting on WST');
  await settings.getByRole('button', { name: 'Add status' }).click();
  const added = settings.getByRole('listitem').filter({ has: page.getByRole('img', { name: 'Status: Waiting on WST (triage)' }) });
  await added.getByText('0 tickets').waitFor();
  // It joined the default lifecycle (ticked in the form), so tickets can move to it at once.
  expect(await added.getByText('in no lifecycle yet').count()).toBe(0);

  // Rita, who may not change them, reads the same statuses and is told why there is nothing to press.
  await switchUser(page, 'rita');
  await settings.getByText('only a namespace admin (a site admin of this site) can change them', { exact: false }).waitFor();
  await settings.getByRole('img', { name: 'Status: Waiting on WST (triage)' }).waitFor();
  expect(await settings.getByRole('button', { name: /^Edit/ }).count()).toBe(0);

  expect(failures).toEqual([]);
  await page.close();
});
