// Posting a competition's results in a real browser (Debian's Chromium through playwright), on the
// demo host pages next to the API, on a PostgreSQL database of this file's own. Dora delegates Porto
// Open 2026 and submits its results; Ana (results team) locks it, Ben (results team) sees who holds
// it and cannot post it, Ana goes through every step to Posted. Then the abort path: Ana aborts, Dora
// reads why and submits again. Dan, Delegate of another competition, never sees either ticket.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { expect, test } from 'vitest';
import { demoInBrowser, demoPage, switchUser } from './support/demo-in-browser.js';

const RESULTS_DIR = fileURLToPath(new URL('../test-results/', import.meta.url));
const demo = demoInBrowser('@tickets/plugin-competition-result');

/** Dora submits Porto's results through the site's form; the ticket's path once she lands on it. */
async function doraSubmits(page: Page, newcomers: string): Promise<string> {
  await page.goto('/tickets');
  await switchUser(page, 'dora');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Submit results' }).click();
  await page.getByLabel('Competition').selectOption({ label: 'Porto Open 2026' });
  await page.getByLabel('Results', { exact: true }).fill('412');
  await page.getByLabel('Scramble sets').fill('36');
  await page.getByLabel('Newcomers').fill(newcomers);
  await page.getByRole('button', { name: 'Submit results' }).click();
  await page.waitForURL(/\/tickets\/\d+$/);
  await page.getByRole('heading', { name: 'Porto Open 2026 results' }).first().waitFor();
  return new URL(page.url()).pathname;
}

/** The step that is open now (the checklist marks it as the current one). */
const currentStep = (page: Page) => page.locator('tickets-ticket').getByRole('list', { name: 'Posting steps' }).locator('li[aria-current="step"]');

test('a Delegate submits, one results-team member locks and posts step by step, another sees the lock', async () => {
  const { page, failures } = await demoPage(demo);
  const ticket = page.locator('tickets-ticket');

  // A missing count is refused on its field, and what Dora typed stays.
  await page.goto('/results');
  await switchUser(page, 'dora');
  await page.getByLabel('Scramble sets').fill('36');
  await page.getByRole('button', { name: 'Submit results' }).click();
  await page.locator('#results-error').filter({ hasText: 'Give the number of results as a whole number.' }).waitFor();
  expect(await page.getByLabel('Scramble sets').inputValue()).toBe('36');

  const path = await doraSubmits(page, 'Maria Newcomer\nJoão Silva');
  await ticket.getByText('Waiting for the results team: 0 of 6 steps done.').waitFor();

  // Ana locks it for posting.
  await switchUser(page, 'ana');
  await ticket.getByRole('button', { name: 'Lock for posting' }).click();
  await ticket.getByText(/Ana Kowalska\s*holds Porto Open 2026 for posting since/).waitFor();

  // Ben's posting queue shows it under Locked for posting, held by Ana.
  await switchUser(page, 'ben');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Posting queue' }).click();
  const lockedGroup = page.locator('tickets-queue').getByRole('region', { name: /^Locked for posting \(\d+\)$/ });
  await lockedGroup.getByRole('link', { name: 'Porto Open 2026 results' }).waitFor();
  await lockedGroup.getByText(/held by Ana Kowalska since/).first().waitFor();
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: `${RESULTS_DIR}posting-queue.png` });
  await lockedGroup.getByRole('link', { name: 'Porto Open 2026 results' }).click();
  await page.waitForURL((url) => url.pathname === path);

  // Ben sees who holds it; the open step is greyed out with the reason, and he may take over.
  await ticket.getByText(/Ana Kowalska\s*holds Porto Open 2026 for posting since/).waitFor();
  const benStep = currentStep(page).getByRole('button', { name: 'Verify the warnings' });
  await benStep.waitFor();
  expect(await benStep.isDisabled()).toBe(true);
  await ticket.getByText('Ana Kowalska holds this competition for posting; take it over first.').first().waitFor();
  expect(await ticket.getByRole('button', { name: 'Take over' }).isEnabled()).toBe(true);

  // Ana goes through every step; each one's outcome lands in the timeline.
  await switchUser(page, 'ana');
  for (const step of ['Verify the warnings', 'Merge the inbox results', 'Merge the inbox scrambles', 'Verify the newcomers', 'Create WCA IDs', 'Post the results']) {
    await currentStep(page).getByRole('button', { name: step }).click();
    if (step !== 'Post the results') await currentStep(page).filter({ hasNotText: step }).waitFor();
  }
  await ticket.getByText('Posted').first().waitFor();
  await ticket.getByText(/WCA IDs created: \d{4}NEWC01, \d{4}SILV02/).waitFor();
  await ticket.getByText(/Merged 412 results from the inbox\./).first().waitFor();
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: `${RESULTS_DIR}competition-result-posted.png`, fullPage: true });

  // Dan, Delegate of another competition, is told there is no such ticket for him.
  await switchUser(page, 'dan');
  await ticket.getByText(/not found|does not exist|cannot see/i).first().waitFor();
  expect(await ticket.getByText('Porto Open 2026 results').count()).toBe(0);
  expect(new URL(page.url()).pathname).toBe(path);

  expect(failures).toEqual([]);
  await page.close();
});

test('the results team aborts with a reason, and the Delegate submits again', async () => {
  const { page, failures } = await demoPage(demo);
  const ticket = page.locator('tickets-ticket');
  await doraSubmits(page, '');

  await switchUser(page, 'ana');
  await ticket.getByRole('button', { name: 'Lock for posting' }).click();
  await ticket.getByRole('button', { name: 'Abort posting…' }).click();
  await ticket.getByLabel('Why posting stops (the Delegates read it)').fill('The 3x3 round 2 results are missing.');
  await ticket.getByRole('button', { name: 'Abort posting', exact: true }).click();
  await ticket.getByText('Aborted').first().waitFor();

  await switchUser(page, 'dora');
  await ticket.getByText('The 3x3 round 2 results are missing.').first().waitFor();
  const form = ticket.getByRole('form', { name: 'Submit the results again' });
  await form.getByLabel('Results').fill('420');
  await form.getByRole('button', { name: 'Submit again' }).click();
  await ticket.getByText('Porto Open 2026 · submission 2').waitFor();
  await ticket.getByText('420 results, 36 scramble sets, 0 newcomers.', { exact: true }).waitFor();
  await ticket.getByText('Waiting for the results team: 0 of 4 steps done.').waitFor();

  expect(failures).toEqual([]);
  await page.close();
});
