// The edit-person journey with the keyboard only (issue #19): Rita files a name change, Ana of the
// results team finds it in her list, reviews it and applies it, Rita sees it applied — every step by
// Tab, typing, arrow keys, Enter and Space, never a click. Who is signed in is the demo site's own
// control (not the product's), so it is switched as the other browser tests do.
import type { Locator, Page } from 'playwright';
import { expect, test } from 'vitest';
import { demoInBrowser, demoPage, switchUser } from './support/demo-in-browser.js';

const demo = demoInBrowser('@tickets/plugin-edit-person');

/** Whether the element has the focus, in the page or inside a widget's shadow root. */
function focused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element);
}

/**
 * Presses Tab until `target` has the focus, as a keyboard user reaches it; fails when it is not
 * reached within `limit` presses (it is not in the tab order, or far too far down it).
 */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < limit; presses++) {
    if (await focused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} within ${limit} presses.`);
}

/** Chooses an option of the focused select with the arrow keys. */
async function arrowTo(page: Page, select: Locator, label: string): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    if ((await select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The arrow keys did not reach the option '${label}'.`);
}

test('files, reviews and applies an edit-person request with the keyboard only', async () => {
  const { page, failures } = await demoPage(demo);
  await page.goto('/tickets');
  await switchUser(page, 'rita');

  // Rita: to the contact form, what should change, the new value and the proof, then send.
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact us' }));
  await Promise.all([page.waitForURL((url) => url.pathname === '/contact'), page.keyboard.press('Enter')]);
  const what = page.getByLabel('What should change?');
  await tabTo(page, what);
  await arrowTo(page, what, 'Name');
  await tabTo(page, page.getByLabel('New value'));
  await page.keyboard.type('Rita Lopes Silva');
  await tabTo(page, page.getByLabel('Link to proof'));
  await page.keyboard.type('https://example.org/rita-passport.pdf');
  await tabTo(page, page.getByRole('button', { name: 'Send request' }));
  await Promise.all([page.waitForURL(/\/tickets\/\d+$/), page.keyboard.press('Enter')]);
  const ticketPath = new URL(page.url()).pathname;

  // Ana: her list, the ticket, the request beside the profile's values, then "Apply as fix".
  await switchUser(page, 'ana');
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tickets' }));
  await Promise.all([page.waitForURL((url) => url.pathname !== ticketPath), page.keyboard.press('Enter')]);
  const link = page.locator('tickets-list').getByRole('link', { name: /Change my name/ }).first();
  await tabTo(page, link);
  await Promise.all([page.waitForURL((url) => url.pathname === ticketPath), page.keyboard.press('Enter')]);
  const ticket = page.locator('tickets-ticket');
  const requested = ticket.getByRole('table', { name: 'Requested fields' });
  await requested.getByText('Rita Lopes Silva', { exact: true }).waitFor();
  await tabTo(page, ticket.getByRole('button', { name: 'Apply as fix' }));
  await page.keyboard.press('Space');
  await ticket.getByText('Applied as a fix: the profile was corrected.').waitFor();

  // Rita sees it applied.
  await switchUser(page, 'rita');
  await page.locator('tickets-ticket').getByText('Applied').first().waitFor();
  expect(failures).toEqual([]);
  await page.close();
});
