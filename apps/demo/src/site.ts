// The demo host site: server-rendered pages "in the style of an existing site" that embed the
// widgets, mounted next to the API as extra routes. Which demo user is signed in is a cookie; the
// server signs that user's token with the API's key (for local use only — a real host site signs
// its own users' tokens).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_USERS, issueToken, type Route, type RunningApi } from '@tickets/server';
import { crossSiteRefusal } from './cross-site-posts.js';
import { readForm } from './form-body.js';
import { formFields } from './form-field.js';
import { esc, SITE_CSS } from './html.js';
import { competitionsDelegatedBy, placeResultsErrors, resultsForm, resultsTicketOf, resultsValuesOf } from './results-form.js';
import { SECURITY_HEADERS } from './security-headers.js';

export type DemoUser = (typeof DEMO_USERS)[number];

/** The list's filter attributes (the widgets README's list): the page passes those its address has. */
const LIST_FILTERS = ['state', 'status', 'category', 'type', 'mine', 'my-groups', 'search', 'sort', 'direction'] as const;

/** As a host site does: the list's filters come from the address (escaped; the widget checks the values). */
function listFilterAttributes(url: URL): string {
  return LIST_FILTERS.flatMap((name) => {
    const value = url.searchParams.get(name);
    return value === null ? [] : [` ${name}="${esc(value.slice(0, 300))}"`];
  }).join('');
}

/** …and go back to the address when the person changes them, so a reload or a shared link shows the same list. */
const KEEP_LIST_FILTERS_IN_URL = `<script>
document.querySelector('tickets-list').addEventListener('tickets-filter-change', (event) => {
  const query = new URLSearchParams(event.detail.attributes).toString();
  history.replaceState(null, '', query ? '?' + query : location.pathname);
});
</script>`;

const COOKIE = 'demo-user';
/** The demo's forms: each changes something for the signed-in user, so each refuses cross-site posts. */
const FORM_PATHS: ReadonlySet<string> = new Set(['/switch-user', '/contact', '/results']);
const DEFAULT_LOGIN = 'rita';

const FIELD_CHOICES = [
  { value: 'name', label: 'Name' },
  { value: 'countryIso2', label: 'Country (two-letter code, e.g. PT)' },
  { value: 'dateOfBirth', label: 'Date of birth (YYYY-MM-DD)' },
  { value: 'gender', label: 'Gender (m, f or o)' },
] as const;

export interface DemoSiteOptions {
  /** The running API (set once it has started; the routes are handed to it before), with the demo's intake key. */
  api(): RunningApi & { intakeKey: string };
}

/** The demo's pages as one route for `startApi({ routes })`. */
export function demoRoutes(options: DemoSiteOptions): Route {
  return async (req, res, url) => {
    const path = url.pathname;
    if (req.method === 'GET' && path === '/') return redirect(res, '/tickets');
    if (req.method === 'GET' && path === '/assets/site.css') return send(res, 200, 'text/css; charset=utf-8', SITE_CSS);
    if (req.method === 'POST' && FORM_PATHS.has(path)) {
      const refused = crossSiteRefusal(req);
      if (refused) return send(res, 403, 'text/plain; charset=utf-8', refused);
    }
    if (req.method === 'POST' && path === '/switch-user') {
      const posted = await readForm(req);
      if (!posted.ok) return send(res, posted.status, 'text/plain; charset=utf-8', posted.message);
      const form = posted.form;
      const user = findUser(form.get('user') ?? '') ?? findUser(DEFAULT_LOGIN);
      const back = safeBack(form.get('back'));
      res.setHeader('set-cookie', `${COOKIE}=${user?.login ?? DEFAULT_LOGIN}; Path=/; HttpOnly; SameSite=Lax`);
      return redirect(res, back);
    }
    const user = currentUser(req);
    const token = async () => issueToken(options.api().services.tokenKey, user.id, { config: options.api().services.config });
    if (req.method === 'GET' && path === '/tickets') {
      const body = `<h1>My tickets</h1>
<p class="lead">Tickets you asked for or work on. Choose one to open it.</p>
<div class="card"><tickets-list api-url="/trpc" token="${esc(await token())}" ticket-href="/tickets/{id}"${listFilterAttributes(url)}></tickets-list></div>
${KEEP_LIST_FILTERS_IN_URL}`;
      return send(res, 200, 'text/html; charset=utf-8', page({ title: 'My tickets', current: '/tickets', user, path, body }));
    }
    const ticketMatch = /^\/tickets\/(\d{1,9})$/.exec(path);
    if (req.method === 'GET' && ticketMatch) {
      const id = ticketMatch[1] ?? '';
      const body = `<p><a href="/tickets">← My tickets</a></p>
<div class="card"><tickets-ticket api-url="/trpc" token="${esc(await token())}" ticket-id="${esc(id)}"></tickets-ticket></div>`;
      return send(res, 200, 'text/html; charset=utf-8', page({ title: `Ticket #${id}`, current: '/tickets', user, path, body }));
    }
    if (req.method === 'GET' && path === '/settings/statuses') {
      // Linked for site admins (the namespace's admins); anyone else who comes here sees the statuses read-only.
      const body = `<h1>Status settings</h1>
<p class="lead">The statuses every ticket type uses, by category: add, rename, recolour, reorder or remove them.</p>
<div class="card"><tickets-status-settings api-url="/trpc" token="${esc(await token())}"></tickets-status-settings></div>`;
      return send(res, 200, 'text/html; charset=utf-8', page({ title: 'Status settings', current: '/settings/statuses', user, path, body }));
    }
    if (path === '/contact' && req.method === 'GET') {
      return send(res, 200, 'text/html; charset=utf-8', page({ title: 'Contact us', current: '/contact', user, path, body: contactForm({}) }));
    }
    if (path === '/contact' && req.method === 'POST') {
      const posted = await readForm(req);
      if (!posted.ok) return send(res, posted.status, 'text/plain; charset=utf-8', posted.message);
      const form = posted.form;
      const values = { field: form.get('field') ?? 'name', newValue: form.get('newValue') ?? '', proofUrl: form.get('proofUrl') ?? '', submission: form.get('submission') ?? randomUUID() };
      const result = await fileEditPerson(options.api(), user.id, values);
      if ('id' in result) return redirect(res, `/tickets/${result.id}`);
      const body = contactForm({ values, errors: result.errors, message: result.message });
      return send(res, 422, 'text/html; charset=utf-8', page({ title: 'Contact us', current: '/contact', user, path, body }));
    }
    if (req.method === 'GET' && path === '/results/queue') {
      const body = `<h1>Posting queue</h1>
<p class="lead">Submitted results by status, and who holds each competition: what the results team works from.</p>
<div class="card"><tickets-queue api-url="/trpc" token="${esc(await token())}" type="competition-result" heading="Competitions to post" ticket-href="/tickets/{id}"></tickets-queue></div>`;
      return send(res, 200, 'text/html; charset=utf-8', page({ title: 'Posting queue', current: '/results/queue', user, path, body }));
    }
    if (path === '/results' && req.method === 'GET') {
      return send(res, 200, 'text/html; charset=utf-8', page({ title: 'Submit results', current: '/results', user, path, body: resultsForm({ login: user.login }) }));
    }
    if (path === '/results' && req.method === 'POST') {
      const posted = await readForm(req);
      if (!posted.ok) return send(res, posted.status, 'text/plain; charset=utf-8', posted.message);
      const values = resultsValuesOf(posted.form);
      const competition = competitionsDelegatedBy(user.login).find((c) => String(c.id) === values.competitionId);
      const result = await createTicket(options.api().url, await token(), resultsTicketOf(values, competition?.name ?? 'Competition'));
      if ('id' in result) return redirect(res, `/tickets/${result.id}`);
      const { errors, message } = placeResultsErrors(result.fieldErrors, result.message);
      const body = resultsForm({ login: user.login, values, errors, message });
      return send(res, 422, 'text/html; charset=utf-8', page({ title: 'Submit results', current: '/results', user, path, body }));
    }
    return false;
  };
}

/** Files a ticket through the API's tRPC endpoint as the signed-in user, as a host site's server would. */
async function createTicket(apiUrl: string, token: string, ticket: unknown): Promise<{ id: number } | { message: string; fieldErrors: { path: string; message: string }[] }> {
  const response = await fetch(`${apiUrl}/trpc/tickets.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(ticket),
  });
  const answer = (await response.json()) as { result?: { data: { id: number } }; error?: { message: string; data?: { fieldErrors?: { path: string; message: string }[] } } };
  if (answer.result) return { id: answer.result.data.id };
  return { message: answer.error?.message ?? 'The results could not be submitted.', fieldErrors: answer.error?.data?.fieldErrors ?? [] };
}

interface ContactValues {
  field: string;
  newValue: string;
  proofUrl: string;
  /** Made once per rendered form and sent as the Idempotency-Key: submitting twice files one ticket. */
  submission: string;
}

type FieldErrors = Partial<Record<Exclude<keyof ContactValues, 'submission'>, string>>;

/**
 * Files the request with the API's intake endpoint, server to server with the site's API key, for
 * the signed-in user — as any host site's server would (see the API's "Intake").
 */
async function fileEditPerson(api: { url: string; intakeKey: string }, userId: number, values: ContactValues): Promise<{ id: number } | { errors: FieldErrors; message: string | null }> {
  const label = FIELD_CHOICES.find((choice) => choice.value === values.field)?.label.split(' (')[0]?.toLowerCase() ?? 'profile';
  const metadata = { changes: [{ field: values.field, newValue: values.newValue }], ...(values.proofUrl.trim() ? { proofUrl: values.proofUrl.trim() } : {}) };
  const response = await fetch(`${api.url}/intake/v1/tickets`, {
    method: 'POST',
    headers: { 'x-api-key': api.intakeKey, 'idempotency-key': values.submission, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'edit-person', title: `Change my ${label}`, requester: { userId }, metadata }),
  });
  const answer = (await response.json()) as {
    ticket?: { id: number };
    error?: { message: string; fieldErrors?: { path: string; message: string }[] };
  };
  if (answer.ticket) return { id: answer.ticket.id };
  const errors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const { path, message } of answer.error?.fieldErrors ?? []) {
    const key = path.endsWith('.newValue') ? 'newValue' : path.endsWith('.field') ? 'field' : path.endsWith('proofUrl') ? 'proofUrl' : null;
    if (key && !errors[key]) errors[key] = message;
    else if (!key) unplaced.push(message);
  }
  const hasFieldErrors = Object.keys(errors).length > 0;
  const message = unplaced.length > 0 ? unplaced.join(' ') : hasFieldErrors ? null : (answer.error?.message ?? 'The request could not be filed.');
  return { errors, message };
}

function contactForm({ values = { field: 'name', newValue: '', proofUrl: '', submission: randomUUID() }, errors = {}, message = null }: { values?: ContactValues; errors?: FieldErrors; message?: string | null }): string {
  const { field, described } = formFields(errors);
  const options = FIELD_CHOICES.map((choice) => `<option value="${choice.value}"${choice.value === values.field ? ' selected' : ''}>${esc(choice.label)}</option>`).join('');
  return `<h1>Contact us</h1>
<p class="lead">Something wrong in your competitor profile? Ask the WCA Results Team to change it.</p>
<div class="card">
<form class="site-form" method="post" action="/contact" novalidate>
  ${message ? `<p class="form-error" role="alert">${esc(message)}</p>` : ''}
  <input type="hidden" name="submission" value="${esc(values.submission)}">
  ${field('field', 'What should change?', `<select id="field" name="field"${described('field')}>${options}</select>`)}
  ${field('newValue', 'New value', `<input id="newValue" name="newValue" value="${esc(values.newValue)}"${described('newValue')}>`)}
  ${field('proofUrl', 'Link to proof', `<input id="proofUrl" name="proofUrl" type="url" value="${esc(values.proofUrl)}" placeholder="https://…"${described('proofUrl')}>`, 'A scan of an identity document; needed for your name, country or date of birth.')}
  <button class="primary" type="submit">Send request</button>
</form>
</div>`;
}

function page({ title, current, user, path, body }: { title: string; current: string; user: DemoUser; path: string; body: string }): string {
  const link = (href: string, label: string) => `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a></li>`;
  const users = DEMO_USERS.map((u) => `<option value="${u.login}"${u.id === user.id ? ' selected' : ''}>${esc(u.name)}</option>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · World Cube Association (demo)</title>
<link rel="stylesheet" href="/assets/site.css">
<script type="module" src="/assets/tickets/tickets-widgets.js"></script>
</head>
<body>
<header class="site-nav">
  <nav class="inner" aria-label="Main">
    <a class="site-brand" href="/"><span class="cube" aria-hidden="true"></span>World Cube Association</a>
    <ul class="site-links">${link('/tickets', 'My tickets')}${link('/contact', 'Contact us')}${link('/results', 'Submit results')}${link('/results/queue', 'Posting queue')}${user.isSiteAdmin ? link('/settings/statuses', 'Status settings') : ''}</ul>
    <form class="site-user" method="post" action="/switch-user">
      <label for="demo-user">Signed in as</label>
      <select id="demo-user" name="user" onchange="this.form.submit()">${users}</select>
      <input type="hidden" name="back" value="${esc(path)}">
      <noscript><button type="submit">Switch</button></noscript>
    </form>
  </nav>
</header>
<main>
${body}
</main>
<footer class="site-footer">A demo host page: the tickets parts are the Tickets widgets, embedded with one script tag.</footer>
</body>
</html>`;
}

function findUser(login: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.login === login);
}

function currentUser(req: IncomingMessage): DemoUser {
  const cookie = req.headers.cookie ?? '';
  const login = /(?:^|;\s*)demo-user=([a-z]+)/.exec(cookie)?.[1] ?? DEFAULT_LOGIN;
  return findUser(login) ?? (findUser(DEFAULT_LOGIN) as DemoUser);
}

function safeBack(back: string | null): string {
  return back && /^\/[\w\-/]*$/.test(back) ? back : '/tickets';
}

function send(res: ServerResponse, status: number, type: string, body: string): true {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type }).end(body);
  return true;
}

function redirect(res: ServerResponse, location: string): true {
  res.writeHead(303, { ...SECURITY_HEADERS, location }).end();
  return true;
}
