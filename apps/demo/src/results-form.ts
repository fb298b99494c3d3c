// The demo's "Submit results" page: a Delegate sends their competition's results to the results
// team. Server-rendered like the rest of the host site; the site's server files the ticket through
// the API as the signed-in user (their token), as a host site's own form would.
import { DEMO_COMPETITIONS } from '@tickets/server';
import { formFields } from './form-field.js';
import { esc } from './html.js';

export interface ResultsValues {
  competitionId: string;
  results: string;
  scrambles: string;
  newcomers: string;
  note: string;
}

export type ResultsErrors = Partial<Record<keyof ResultsValues, string>>;

const EMPTY: ResultsValues = { competitionId: '', results: '', scrambles: '', newcomers: '', note: '' };

/** The competitions a demo user delegates: the ones the form offers them. */
export function competitionsDelegatedBy(login: string) {
  return DEMO_COMPETITIONS.filter((competition) => competition.staff.some((staff) => staff.login === login && staff.role === 'delegate'));
}

/** The form's values from a posted form. */
export function resultsValuesOf(form: URLSearchParams): ResultsValues {
  return {
    competitionId: form.get('competitionId') ?? '',
    results: form.get('results') ?? '',
    scrambles: form.get('scrambles') ?? '',
    newcomers: form.get('newcomers') ?? '',
    note: form.get('note') ?? '',
  };
}

/** The ticket the values ask for, as `tickets.create` takes it (numbers as numbers, newcomers one per line). */
export function resultsTicketOf(values: ResultsValues, competitionName: string) {
  const number = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : text);
  return {
    type: 'competition-result',
    title: `${competitionName} results`,
    metadata: {
      competitionId: Number(values.competitionId),
      results: number(values.results),
      scrambles: number(values.scrambles),
      newcomers: values.newcomers.split('\n').map((name) => name.trim()).filter((name) => name !== ''),
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    },
  };
}

export function resultsForm({ login, values = EMPTY, errors = {}, message = null }: { login: string; values?: ResultsValues; errors?: ResultsErrors; message?: string | null }): string {
  const competitions = competitionsDelegatedBy(login);
  const intro = `<h1>Submit results</h1>
<p class="lead">Delegates send their competition's results to the WCA Results Team, who check and post them.</p>`;
  if (competitions.length === 0) {
    return `${intro}<div class="card"><p>You delegate no competition, so there are no results for you to submit. Delegates here: Dora (Porto Open 2026) and Dan (Warsaw Spring 2026); switch to one of them above.</p></div>`;
  }
  const { field, described } = formFields(errors);
  const options = competitions.map((c) => `<option value="${c.id}"${String(c.id) === values.competitionId ? ' selected' : ''}>${esc(c.name)}</option>`).join('');
  return `${intro}
<div class="card">
<form class="site-form" method="post" action="/results" novalidate>
  ${message ? `<p class="form-error" role="alert">${esc(message)}</p>` : ''}
  ${field('competitionId', 'Competition', `<select id="competitionId" name="competitionId"${described('competitionId')}>${options}</select>`)}
  ${field('results', 'Results', `<input id="results" name="results" inputmode="numeric" value="${esc(values.results)}"${described('results')}>`, 'How many result rows the competition has.')}
  ${field('scrambles', 'Scramble sets', `<input id="scrambles" name="scrambles" inputmode="numeric" value="${esc(values.scrambles)}"${described('scrambles')}>`)}
  ${field('newcomers', 'Newcomers', `<textarea id="newcomers" name="newcomers" rows="3"${described('newcomers')}>${esc(values.newcomers)}</textarea>`, 'One name per line: people competing for the first time get a WCA ID.')}
  ${field('note', 'Note for the results team (optional)', `<textarea id="note" name="note" rows="2"${described('note')}>${esc(values.note)}</textarea>`)}
  <button class="primary" type="submit">Submit results</button>
</form>
</div>`;
}

/** The API's field errors (`metadata.results`) placed on the form's fields; the rest as one message. */
export function placeResultsErrors(fieldErrors: readonly { path: string; message: string }[], fallback: string): { errors: ResultsErrors; message: string | null } {
  const errors: ResultsErrors = {};
  const unplaced: string[] = [];
  for (const { path, message } of fieldErrors) {
    const key = path.replace(/^metadata\./, '').split('.')[0] as keyof ResultsValues;
    if (key in EMPTY && !errors[key]) errors[key] = message;
    else unplaced.push(message);
  }
  const message = unplaced.length > 0 ? unplaced.join(' ') : Object.keys(errors).length > 0 ? null : fallback;
  return { errors, message };
}
