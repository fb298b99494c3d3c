// The host page's language, in Chromium on a host site of another origin: the widgets speak the
// element's `lang`, else the page's `<html lang>` (es-AR falls back to es), else the locale in the
// token, else English; a right-to-left page mirrors them. The list, the ticket page (with its
// timeline's sentences) and the status settings in Spanish and Polish.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueToken, type RunningApi } from '@tickets/server';
import { createTestDatabase, type TestDatabase } from '@tickets/server/testing';
import { startDemo } from '../src/start-demo.js';
import { demoConfig, launchChromium } from './support/demo-in-browser.js';
import { embedPage, type HostSite, startHostSite } from './support/host-site.js';

const SAM = 1;
const RITA = 2;
const WES = 7;

let database: TestDatabase;
let api: RunningApi;
let browser: Browser;
let host: HostSite;
let ticketId: number;
let bugId: number;

beforeAll(async () => {
  host = await startHostSite();
  database = await createTestDatabase();
  [api, browser] = await Promise.all([startDemo({ config: demoConfig(database, { TICKET_TYPES: '@tickets/plugin-contact,@tickets/plugin-bug-report', ALLOWED_ORIGINS: host.origin }) }), launchChromium()]);
  // Rita has one ticket, in the system status "To do".
  const response = await fetch(`${api.url}/trpc/tickets.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await issueToken(api.services.tokenKey, RITA)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'contact', title: 'Where are my results?', metadata: { team: 'WRT', message: 'They are missing.' } }),
  });
  expect(response.status).toBe(200);
  ticketId = ((await response.json()) as { result: { data: { id: number } } }).result.data.id;
  // And a bug report Sam filed (Rita's list stays one ticket), which WST (Wes's team) reviews in the type's own playground.
  const bug = await fetch(`${api.url}/trpc/tickets.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await issueToken(api.services.tokenKey, SAM)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'bug-report', title: 'The results page is blank', metadata: { page: 'https://www.worldcubeassociation.org/results', description: 'Nothing shows under the table headings.' } }),
  });
  expect(bug.status).toBe(200);
  bugId = ((await bug.json()) as { result: { data: { id: number } } }).result.data.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await database?.drop();
  await host?.close();
});

/** Rita's list on a host page: `<html {htmlAttributes}>`, the element with `elementAttributes`. */
async function listPage(path: string, htmlAttributes: string, elementAttributes = '', tokenLocale?: string) {
  const token = await issueToken(api.services.tokenKey, RITA, tokenLocale ? { locale: tokenLocale } : {});
  const html = embedPage(api.url, `<tickets-list api-url="${api.url}/trpc" token="${token}" ${elementAttributes}></tickets-list>`, htmlAttributes);
  const page = await host.open(browser, path, html, { width: 1000, height: 700 });
  return { page, list: page.locator('tickets-list') };
}

it('speaks Spanish on a page in Spanish of Argentina (es-AR → es)', async () => {
  const { page, list } = await listPage('/es', 'lang="es-AR"');
  await list.getByText('Se muestra 1 de 1 ticket').waitFor();
  await expect(list.getByRole('heading', { name: 'Tickets' }).isVisible()).resolves.toBe(true);
  await list.getByRole('combobox', { name: 'Estado' }).waitFor();
  await list.getByRole('img', { name: 'Situación: Por hacer (por hacer)' }).waitFor();
  expect(await list.locator('.tk-root').getAttribute('lang')).toBe('es');
  await page.close();
});

it("speaks the element's own lang over the page's: Polish on a Spanish page", async () => {
  const { page, list } = await listPage('/pl', 'lang="es"', 'lang="pl"');
  await list.getByText('Wyświetlono 1 z 1 zgłoszenia').waitFor();
  await list.getByRole('heading', { name: 'Zgłoszenia' }).waitFor();
  await list.getByRole('img', { name: 'Status: Do zrobienia (do zrobienia)' }).waitFor();
  await page.close();
});

it("falls back to the token's locale, then English, and mirrors under dir=rtl", async () => {
  const fromToken = await listPage('/token', '', '', 'pl-PL');
  await fromToken.list.getByText('Wyświetlono 1 z 1 zgłoszenia').waitFor();
  await fromToken.page.close();

  const german = await listPage('/de', 'lang="de" dir="rtl"');
  await german.list.getByText('Showing 1 of 1 ticket').waitFor();
  expect(await german.list.locator('.tk-root').getAttribute('dir')).toBe('rtl');
  expect(await german.list.locator('.tk-root').evaluate((root) => getComputedStyle(root).direction)).toBe('rtl');
  await german.page.close();
});

/** Rita's ticket on a host page in `lang`. */
async function ticketPage(path: string, lang: string) {
  const token = await issueToken(api.services.tokenKey, RITA);
  const html = embedPage(api.url, `<tickets-ticket api-url="${api.url}/trpc" token="${token}" ticket-id="${ticketId}"></tickets-ticket>`, `lang="${lang}"`);
  const page = await host.open(browser, path, html, { width: 1100, height: 800 });
  return { page, ticket: page.locator('tickets-ticket') };
}

it('shows the ticket page in Spanish, its timeline sentences too', async () => {
  const { page, ticket } = await ticketPage('/ticket-es', 'es');
  await ticket.getByRole('heading', { name: 'Where are my results?' }).first().waitFor();
  await ticket.getByRole('region', { name: 'Personas' }).waitFor();
  await ticket.getByText('Abierto', { exact: true }).waitFor();
  await ticket.getByRole('img', { name: 'Situación: Por hacer (por hacer)' }).first().waitFor();
  // The type's title is the API's word, in the reader's language too.
  await ticket.getByText(`#${ticketId} · Contactar con un equipo`).waitFor();
  await ticket.getByText('Rita Lopes creó este ticket de tipo Contactar con un equipo «Where are my results?» con la situación Por hacer.').waitFor();
  await ticket.getByRole('form', { name: 'Añadir un comentario' }).waitFor();
  await page.close();
});

it('shows the ticket page in Polish', async () => {
  const { page, ticket } = await ticketPage('/ticket-pl', 'pl');
  await ticket.getByRole('region', { name: 'Osoby' }).waitFor();
  await ticket.getByText('Otwarte', { exact: true }).waitFor();
  await ticket.getByText('Rita Lopes: utworzenie zgłoszenia typu Skontaktuj się z zespołem „Where are my results?” ze statusem Do zrobienia.').waitFor();
  await ticket.getByRole('button', { name: 'Skomentuj' }).waitFor();
  await page.screenshot({ path: '/tmp/ticket-pl.png', fullPage: true });
  await page.close();
});


/** The status settings on a host page in `lang`, as Sam (a site admin, who may change them). */
async function settingsPage(path: string, lang: string) {
  const token = await issueToken(api.services.tokenKey, SAM);
  const html = embedPage(api.url, `<tickets-status-settings api-url="${api.url}/trpc" token="${token}"></tickets-status-settings>`, `lang="${lang}"`);
  const page = await host.open(browser, path, html, { width: 1100, height: 900 });
  return { page, settings: page.locator('tickets-status-settings') };
}

it('shows the status settings in Spanish: system statuses translated, counts in plural, a form to fill', async () => {
  const { page, settings } = await settingsPage('/settings-es', 'es');
  await settings.getByRole('heading', { name: 'Estados', exact: true }).waitFor();
  // The bug report type brings statuses of its own: the page says so rather than "only system-defined".
  await settings.getByText(/El ciclo de vida predeterminado de este sitio usa los estados definidos por el sistema; los marcados como Personalizado/).waitFor();
  const toDo = settings.getByRole('listitem').filter({ has: page.getByRole('img', { name: 'Situación: Por hacer (por hacer)' }) });
  await toDo.getByText('1 ticket', { exact: true }).waitFor();
  await settings.getByRole('list', { name: 'Estados de la categoría En curso' }).waitFor();
  await settings.getByRole('button', { name: 'Añadir un estado a Clasificación' }).click();
  const form = settings.getByRole('form', { name: 'Añadir un estado a Clasificación' });
  // A name the domain refuses: the API's sentence in Spanish, beside the field.
  await form.getByLabel('Nombre').fill('"Hola"');
  await form.getByRole('button', { name: 'Añadir estado' }).click();
  await form.getByText('El nombre de un estado no puede empezar ni terminar con comillas ni con un acento grave.').waitFor();
  await page.close();
});

it('shows the status settings in Polish', async () => {
  const { page, settings } = await settingsPage('/settings-pl', 'pl');
  await settings.getByRole('heading', { name: 'Statusy', exact: true }).waitFor();
  await settings.getByText(/Domyślny cykl życia tej witryny używa statusów zdefiniowanych przez system; statusy oznaczone jako Własny/).waitFor();
  const toDo = settings.getByRole('listitem').filter({ has: page.getByRole('img', { name: 'Status: Do zrobienia (do zrobienia)' }) });
  await toDo.getByText('1 zgłoszenie', { exact: true }).waitFor();
  await settings.getByRole('list', { name: 'Statusy w kategorii W toku' }).waitFor();
  await settings.getByRole('button', { name: 'Dodaj status do kategorii Selekcja' }).click();
  const form = settings.getByRole('form', { name: 'Dodaj status do kategorii Selekcja' });
  await form.getByLabel('Nazwa').waitFor();
  await page.screenshot({ path: '/tmp/settings-pl.png', fullPage: true });
  await page.close();
});

it("shows a ticket type's playground in Polish: its module and its catalog loaded from the API, before it first renders", async () => {
  const token = await issueToken(api.services.tokenKey, WES);
  // The host page notes what the playground's part shows in every frame it paints, from the first.
  const watch = `<script>
    window.playgroundFrames = [];
    (function frame() {
      const part = document.querySelector('tickets-ticket')?.shadowRoot?.querySelector('.tk-playground');
      if (part) window.playgroundFrames.push(part.textContent);
      requestAnimationFrame(frame);
    })();
  </script>`;
  const html = embedPage(api.url, `${watch}<tickets-ticket api-url="${api.url}/trpc" token="${token}" ticket-id="${bugId}"></tickets-ticket>`, 'lang="pl"');
  const page = await host.open(browser, '/bug-pl', html, { width: 1100, height: 900 });
  const ticket = page.locator('tickets-ticket');
  const form = ticket.getByRole('form', { name: 'Potwierdź lub napraw błąd' });
  await form.waitFor();
  await ticket.getByRole('heading', { name: 'Zgłoszenie błędu' }).waitFor();
  // The API's words for the type and its own status, in Polish: the title, the status the type ships.
  await ticket.getByText(`#${bugId} · Zgłoś błąd`).waitFor();
  await ticket.getByRole('img', { name: /^Status: Zgłoszony / }).first().waitFor();
  await form.getByRole('textbox', { name: 'Notatka (opcjonalna)' }).waitFor();
  const frames = await page.evaluate(() => (window as unknown as { playgroundFrames: string[] }).playgroundFrames);
  expect(frames.some((text) => text.includes('Co się dzieje'))).toBe(true);
  expect(frames.filter((text) => /What happens|No note yet/.test(text))).toEqual([]);
  // What the action did, in the timeline: the type's words in Polish, though the log keeps the English.
  await form.getByRole('button', { name: 'Potwierdź błąd' }).click();
  await ticket.getByText(/uruchomienie „Potwierdź błąd” .*: Błąd potwierdzony\./).waitFor();
  await page.close();
});
