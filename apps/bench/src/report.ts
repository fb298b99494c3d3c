// The tables of docs/benchmarks.md, built from one run's results (printed and written alike).
import { evaluateGoals, GOALS, judge } from './goals.js';
import type { LiveFigures } from './live-figures.js';
import type { LoadStats } from './latency-stats.js';
import type { ReadFigure, RunResults } from './run-results.js';
import { ms, ratio, scaleLabel, type Table } from './table.js';

const VERDICT_MARK = { met: 'met', missed: '**missed**', 'not measured': 'not measured' } as const;

const rps = (stats: LoadStats) => stats.rps.toFixed(0);
const spread = (stats: LoadStats) => `${ms(stats.p50)} / ${ms(stats.p95)} / ${ms(stats.p99)}`;
const errors = (...all: LoadStats[]) => String(all.reduce((sum, stats) => sum + stats.errors, 0));

export function goalsTable(results: RunResults): Table {
  const goals = evaluateGoals(results);
  const met = goals.filter((g) => g.verdict === 'met').length;
  return {
    title: `Goals of issues #14 and #17 (${met} of ${goals.length} met)`,
    headers: ['goal', 'measured', 'verdict', 'where the time goes (same run)'],
    rows: goals.map((g) => [g.goal, g.measured, VERDICT_MARK[g.verdict], g.where]),
    note: 'Judged from this run. The list goals are set at 1,000,000 tickets; "its own SQL replayed" is the API\'s recorded statements run over a raw pool, so API ÷ replay is what the server adds around its SQL, and replay ÷ floor is what the SQL itself costs over the least PostgreSQL must do. The last goal is issue #17\'s (live tickets), measured at the write scale: see "Live tickets" below.',
  };
}

/** The read path at c=1: one column per scale, so a reader sees how each cost grows with the tickets. */
export function scaleTable(results: RunResults): Table {
  const { scales } = results;
  const labels = [...new Map(results.reads.map((r) => [r.key, r.label])).entries()];
  const at = (key: string, scale: number) => results.reads.find((r) => r.key === key && r.scale === scale && r.concurrency === 1);
  const first = scales[0]!;
  const last = scales.at(-1)!;
  const growth = (key: string) => {
    const from = at(key, first);
    const to = at(key, last);
    return from && to && first !== last ? `${ratio(to.api.p50, from.api.p50)} / ${ratio(to.floor.p50, from.floor.p50)}` : '—';
  };
  return {
    title: 'Read path by scale (c=1): API p50 / floor p50 ms (API ÷ floor)',
    headers: ['request', ...scales.map((scale) => `${scaleLabel(scale)} tickets`), `growth ${scaleLabel(first)} → ${scaleLabel(last)}: API / floor`],
    rows: labels.map(([key, label]) => [
      label,
      ...scales.map((scale) => {
        const r = at(key, scale);
        return r ? `${ms(r.api.p50)} / ${ms(r.floor.p50)} (${ratio(r.api.p50, r.floor.p50)})` : '—';
      }),
      growth(key),
    ]),
    note: `A page of any list should cost the same at every scale: a growth near 1× is the goal, for the API as for the floor. The floor of tickets.get reads the ticket, its stakeholders, its 50 newest log entries and 50 newest comments in one statement; the API's answer holds: ${getFields(results)}.`,
  };
}

const getFields = (results: RunResults) => results.reads.find((r) => r.key === 'get')?.answerFields.join(', ') || '—';

const samePage = (r: ReadFigure) => (r.samePage === null ? '—' : r.samePage ? 'yes' : '**no**');

export function readDetailTable(results: RunResults): Table {
  return {
    title: 'Read path in detail',
    headers: ['tickets', 'request', 'conc.', 'statements', 'API req/s', 'API p50 / p95 / p99 ms', 'replay p50 ms', 'floor req/s', 'floor p50 / p95 / p99 ms', 'p50 API ÷ floor', 'same page', 'errors'],
    rows: results.reads.map((r) => [
      scaleLabel(r.scale),
      r.label,
      String(r.concurrency),
      String(r.statements.total),
      rps(r.api),
      spread(r.api),
      ms(r.replay.p50),
      rps(r.floor),
      spread(r.floor),
      ratio(r.api.p50, r.floor.p50),
      samePage(r),
      errors(r.api, r.floor, r.replay),
    ]),
    note: 'Statements: what one request sends (BEGIN / COMMIT not counted), recorded from the `pg` driver after a first request warmed the server\'s caches. Replay: those statements one after the other on one pooled connection. Same page: the floor\'s page holds the tickets of the API\'s page, in its order (a "no" means the floor answers another question and its figure is not comparable).',
  };
}

export function countTable(results: RunResults): Table {
  const list = (scale: number) => results.reads.find((r) => r.key === 'myGroups' && r.scale === scale && r.concurrency === 1);
  return {
    title: "Counting a team's open tickets (WRT, as its member Ana sees the list)",
    headers: ['tickets', 'exact count', 'floor p50 ms (the count itself)', 'what the API\'s list answers beside its page', 'that list\'s API p50 ms'],
    rows: results.counts.map((c) => [scaleLabel(c.scale), c.exact.toLocaleString('en'), ms(c.floor.p50), c.apiAnswer, list(c.scale) ? ms(list(c.scale)!.api.p50) : '—']),
    note: 'Floor: `count(*)` over the team\'s open rows of `ticket_access` (an index-only scan). An exact count grows with the tickets; a list that must stay flat answers a bounded count ("1,000+") or one kept elsewhere.',
  };
}

export function writeTable(results: RunResults): Table {
  return {
    title: `Write path (${scaleLabel(results.writes[0]?.scale ?? 0)} tickets, one ticket per connection)`,
    headers: ['procedure', 'conc.', 'statements (request / transaction)', 'API req/s', 'API p50 / p95 / p99 ms', 'floor req/s', 'floor p50 / p95 / p99 ms', 'throughput API ÷ floor', 'p50 API ÷ floor', 'errors'],
    rows: results.writes.map((w) => [
      w.label,
      String(w.concurrency),
      `${w.statements.total} / ${w.statements.inTransaction} (floor ${w.floorStatements})`,
      rps(w.api),
      spread(w.api),
      rps(w.floor),
      spread(w.floor),
      ratio(w.api.rps, w.floor.rps),
      ratio(w.api.p50, w.floor.p50),
      errors(w.api, w.floor),
    ]),
    note: 'Floor, status change: BEGIN; UPDATE the ticket (status, version, updated_at); INSERT its log entry; COMMIT. Floor, comment: BEGIN; INSERT the comment; INSERT its log entry; UPDATE the ticket (version, updated_at); COMMIT. Both run over a `pg` pool of min(conc., 10) connections, the API\'s pool size. The schema\'s triggers (ticket_access follows the ticket) run for the floor as for the API. No replay here: the API\'s recorded statements expect the version they were recorded at, so replayed they would change nothing.',
  };
}

export function migrationTable(results: RunResults): Table {
  const m = results.migration;
  if (!m) {
    return { title: 'Status migration', headers: ['figure', 'value'], rows: [['not run', 'no packages/server/bench-results/status-migration.json: run `pnpm --filter @tickets/server bench` (the root `pnpm bench` runs it first)']] };
  }
  return {
    title: `Status migration of ${m.tickets.toLocaleString('en')} tickets, a log entry each (server bench, ${m.measuredAt.slice(0, 16).replace('T', ' ')} UTC)`,
    headers: ['figure', 'API', 'floor', 'API ÷ floor'],
    rows: [
      ['whole migration (s)', (m.migrationMs / 1000).toFixed(1), `${(m.bareUpdateMs / 1000).toFixed(1)} (one bare UPDATE)`, ratio(m.migrationMs, m.bareUpdateMs)],
      ['longest batch (ms)', ms(m.longestBatchMs), '—', '—'],
      ['batches', `${m.batches} (the first of ${m.batchSize} tickets, the next sized from the last one's time)`, '1', '—'],
      ["users' status changes p95 (ms), during vs idle", ms(m.usersDuring.p95Ms), `${ms(m.usersIdle.p95Ms)} (idle)`, ratio(m.usersDuring.p95Ms, m.usersIdle.p95Ms)],
      ["users' status changes p50 (ms), during vs idle", ms(m.usersDuring.p50Ms), `${ms(m.usersIdle.p50Ms)} (idle)`, ratio(m.usersDuring.p50Ms, m.usersIdle.p50Ms)],
    ],
    note: 'Measured by packages/server/bench/status-migration.bench.ts (its own database and run); the floor is one UPDATE of the same rows with no log entries and one long lock, rolled back.',
  };
}

export function renderTable(results: RunResults): Table {
  const render = results.render;
  if ('skipped' in render) return { title: 'Embed widget', headers: ['measure', 'value'], rows: [['first render of <tickets-ticket>', `not measured: ${render.skipped}`]] };
  return {
    title: 'Embed widget (no floor)',
    headers: ['measure', 'value'],
    rows: [
      ['the widgets core (loader, core, chunks), gzip (level 9)', `${(render.gzipBytes / 1000).toFixed(1)} KB`],
      [`<tickets-ticket> time to first render, median of ${render.all.length} cold loads`, `${ms(render.median)} ms`],
      ['all loads (ms)', render.all.map(ms).join(', ')],
      [`the floor: the same content as static HTML (no script, no API), median of ${render.floor.all.length}`, `${ms(render.floor.median)} ms (widget ÷ floor ${ratio(render.median, render.floor.median)})`],
      ...(render.phases
        ? [
            ['the core arrived: last of loader, core and chunks (median ms from navigation start)', ms(render.phases.bundleLoaded)],
            ['tickets.get asked (by the loader, before the core has arrived)', ms(render.phases.apiAsked)],
            ['tickets.get answered (CORS preflight included)', ms(render.phases.apiAnswered)],
          ]
        : []),
    ],
    note: "First render: from navigation start to the first frame whose widget shows the ticket's title and the first entries of its timeline, laid out. The host page is on an origin of its own and loads the widgets with the README's script tag from the API (compressed, with CORS), each load in a fresh browser context (an empty cache).",
  };
}

export function reportTables(results: RunResults): Table[] {
  return [
    goalsTable(results),
    scaleTable(results),
    countTable(results),
    ...(results.writes.length > 0 ? [writeTable(results)] : []),
    readDetailTable(results),
    migrationTable(results),
    renderTable(results),
    ...(results.live ? [liveTable(results.live)] : []),
  ];
}

export function liveTable(live: LiveFigures): Table {
  const missing = live.commentsWritten - live.eventsArrived;
  return {
    title: `Live tickets (issue #17): the write path with ${live.subscriptions.toLocaleString('en')} open subscriptions`,
    headers: ['measure', 'value', 'goal / check'],
    rows: [
      ['open subscriptions (one per ticket) / writers (conc.)', `${live.subscriptions.toLocaleString('en')} / ${live.concurrency}`, ''],
      ['comments.add req/s, median of the rounds: none open → open', `${live.without.rps} → ${live.with.rps}`, ''],
      [
        'throughput with ÷ without (median of the rounds)',
        `${live.throughputRatio.toFixed(2)}× (rounds: ${live.roundRatios.map((ratio) => ratio.toFixed(2)).join(', ')})`,
        `≥ ${GOALS.liveThroughputRatio}×: ${VERDICT_MARK[judge(live.throughputRatio, GOALS.liveThroughputRatio, 'at least')]}`,
      ],
      ['comments.add p50 / p99 ms: none open → open', `${ms(live.without.p50)} / ${ms(live.without.p99)} → ${ms(live.with.p50)} / ${ms(live.with.p99)}`, ''],
      ['errors: none open / open', `${live.without.errors} / ${live.with.errors}`, ''],
      ["delay from a comment's answer (its commit) to its event, p50 / p99 ms", `${ms(live.eventDelay.p50)} / ${ms(live.eventDelay.p99)}`, 'no limit set: reported'],
      [
        'events that arrived / comments written while subscribed',
        `${live.eventsArrived.toLocaleString('en')} / ${live.commentsWritten.toLocaleString('en')}`,
        missing === 0 ? 'every one arrived' : `**${missing.toLocaleString('en')} did not arrive** (within 5 s of the last comment)`,
      ],
      ['API memory per open subscription (growth of its resident memory, KB)', live.memoryPerSubscriptionKb.toFixed(1), ''],
    ],
    note: `How: the API process as above; ${live.concurrency} writers add comments for ${live.seconds} s each (after a 1 s warm-up) to tickets WRT works on, from a process of their own (src/live-writer.ts), not the one that holds the subscriptions (the other people's browsers), first with no subscription open, then with one \`tickets.events\` subscription (Server-Sent Events) open on each of those tickets, as a site admin (each also holds the ticket open: presence), so every comment written while subscribed should reach one stream; then the subscriptions close and a load without them follows, and so on for ${live.roundRatios.length} rounds. Each round's ratio is its throughput with ÷ the mean of the loads without just before and just after it (a drift of the machine cancels out), and the figure is the median of the rounds (on this shared machine two loads seconds apart with nothing changed differ by up to ±20 %); the latencies are over every load's requests. The delay runs from the comment's answer, which comes after its commit, to its event on the stream (both processes read the same clock); the instance polls the log every LIVE_POLL_MS (200 ms unless set). The memory is the growth of the API process's resident set from before the first round's subscriptions were opened to when all had connected, divided by their number; a process that already holds free heap from the loads before it grows less than a fresh one.`,
  };
}
