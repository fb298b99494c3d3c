// Moving a ticket to another type in a real browser (Debian's Chromium through playwright), on the
// demo host pages next to the API, on a PostgreSQL database of this file's own. Rita wrote to the
// results team through a contact ticket that is really a name correction; Ana (results team) moves
// it to an edit-person request, answering what that type needs; the ticket keeps its state and its
// timeline (with what the contact message said), and Ana then applies the correction.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { issueToken } from '@tickets/server';
import { demoInBrowser, demoPage, switchUser } from './support/demo-in-browser.js';

const RESULTS_DIR = fileURLToPath(new URL('../test-results/', import.meta.url));
const RITA = 2;
const demo = demoInBrowser('@tickets/plugin-contact,@tickets/plugin-edit-person');

/** Rita's message to the results team, filed as a host site's own contact form would file it. */
async function ritasContactTicket(): Promise<number> {
  const response = await fetch(`${demo.api.url}/trpc/tickets.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await issueToken(demo.api.services.tokenKey, RITA)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'contact', title: 'My name is misspelt', metadata: { team: 'WRT', message: 'My profile says Rita Lopez; it is Rita Lopes Silva.' } }),
  });
  const answer = (await response.json()) as { result: { data: { id: number } } };
  return answer.result.data.id;
}

test('the results team moves a contact ticket to an edit-person request and applies it', async () => {
  const id = await ritasContactTicket();
  const { page, failures } = await demoPage(demo);
  const ticket = page.locator('tickets-ticket');

  // Ana works on it first (In progress), then sees it is a profile correction.
  await page.goto(`/tickets/${id}`);
  await switchUser(page, 'ana');
  await ticket.getByText('#' + id + ' · Contact a team').waitFor();
  await ticket.getByRole('button', { name: 'Change status' }).click();
  await ticket.getByRole('group', { name: 'Move to status' }).getByRole('button', { name: /In progress/ }).click();
  await ticket.getByRole('img', { name: 'Status: In progress (in progress)' }).first().waitFor();

  // She moves it; without proof the new type's refusal is said beside the proof box, her answers stay.
  await ticket.getByRole('button', { name: 'Move to another type…' }).click();
  const form = ticket.getByRole('form', { name: 'Move to another type' });
  await form.getByLabel('New type').selectOption({ label: "Edit a competitor's profile" });
  await form.getByLabel('Field to change').selectOption({ label: 'Name' });
  await form.getByLabel('New value').fill('Rita Lopes Silva');
  await form.getByRole('button', { name: 'Move' }).click();
  await form.getByText(/Add a link to proof/).waitFor();
  expect(await form.getByLabel('New value').inputValue()).toBe('Rita Lopes Silva');
  await form.getByLabel('Link to proof (optional)').fill('https://example.org/rita-passport.pdf');
  await form.getByRole('button', { name: 'Move' }).click();

  // Now an edit-person request: still open, on its status of the same category (it has no "In
  // progress"), the timeline kept with the old message.
  await ticket.getByText('#' + id + " · Edit a competitor's profile").waitFor();
  await ticket.getByRole('img', { name: 'Status: Under review (in progress)' }).first().waitFor();
  await ticket.getByText(/Ana Kowalska moved this ticket from Contact a team to Edit a competitor's profile; its status from In progress to Under review/).waitFor();
  await ticket.getByText('What the Contact a team ticket held').click();
  await ticket.getByText('My profile says Rita Lopez; it is Rita Lopes Silva.').waitFor();
  // The type by its title, as the page names it, not its key.
  await ticket.getByText(/created this Contact a team ticket/).waitFor();

  // The results team applies it with the edit-person playground.
  const requested = ticket.getByRole('table', { name: 'Requested fields' });
  await requested.getByText('Rita Lopes Silva', { exact: true }).waitFor();
  await ticket.getByRole('button', { name: 'Apply as fix' }).click();
  await ticket.getByText('Applied').first().waitFor();
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: `${RESULTS_DIR}moved-to-edit-person.png`, fullPage: true });

  expect(failures).toEqual([]);
  await page.close();
});
