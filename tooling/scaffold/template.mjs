// The files of a new ticket-type plugin. `c` holds: name, title, team, table, packageName.
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** Text inside a single-quoted TypeScript string: a title may hold an apostrophe ("Post a competition's results"). */
const quoted = (text) => text.replaceAll('\\', '\\\\').replaceAll("'", "\\'");

export function files(c) {
  return {
    'package.json': json({
      name: c.packageName,
      version: '0.0.0',
      private: true,
      type: 'module',
      description: `Ticket type '${c.name}': ${c.title}.`,
      exports: {
        '.': { source: './src/index.ts', types: './src/index.ts', default: './dist/index.js' },
        './server': { source: './src/server/index.ts', types: './src/server/index.ts', default: './dist/server/index.js' },
        // The playground (browser only): the API serves its build (dist/playground) to `<tickets-ticket>`.
        './widget': { source: './src/widget/index.tsx', types: './src/widget/index.tsx', default: './src/widget/index.tsx' },
      },
      // The playground is also built as an ES module of its own, which the API serves to host pages.
      scripts: { build: 'tsc -p tsconfig.build.json && tickets-build-playground', typecheck: 'tsc --noEmit', lint: 'eslint .', test: 'vitest run' },
      dependencies: { '@tickets/plugin-kit': 'workspace:*', zod: 'catalog:' },
      peerDependencies: { react: 'catalog:' },
      devDependencies: {
        '@storybook/react-vite': 'catalog:',
        '@tickets/server': 'workspace:*',
        '@tickets/eslint-config': 'workspace:*',
        '@tickets/tsconfig': 'workspace:*',
        '@tickets/vitest-config': 'workspace:*',
        '@tickets/widgets': 'workspace:*',
        '@types/react': 'catalog:',
        eslint: 'catalog:',
        react: 'catalog:',
        // Imported by none of the plugin's files: a peer of @storybook/react-vite.
        'react-dom': 'catalog:',
        storybook: 'catalog:',
        typescript: 'catalog:',
        vitest: 'catalog:',
      },
    }),
    // The shared presets (tooling/typescript, tooling/eslint, tooling/vitest) hold the rules every
    // plugin follows: React only in src/widget, tests that resolve the workspace's sources.
    'tsconfig.json': json({ extends: '@tickets/tsconfig/plugin.json' }),
    'tsconfig.build.json': json({ extends: '@tickets/tsconfig/plugin-build.json' }),
    'eslint.config.js': `import { plugin } from '@tickets/eslint-config';

export default plugin();
`,
    'vitest.config.ts': `import { plugin } from '@tickets/vitest-config';

export default plugin();
`,
    'src/index.ts': `import { allOf, defineTicketType, onlyGroup, whileOpen } from '@tickets/plugin-kit';
import { z } from 'zod';

/** The group that handles these tickets (a group name in the host site's directory). */
export const TEAM = '${c.team}';

/** What the person files. */
export const ${pascal(c.name)}Request = z.object({
  request: z
    .string()
    .trim()
    .min(10, 'Write at least a sentence (10 characters) so the team knows what you need.')
    .max(5000, 'A request can be at most 5,000 characters long.'),
});

/** What the type keeps for each ticket: the request and, once given, the team's answer. */
export const ${pascal(c.name)}Stored = ${pascal(c.name)}Request.extend({ answer: z.string().nullable() });
export type ${pascal(c.name)}Stored = z.infer<typeof ${pascal(c.name)}Stored>;

export const ticketType = defineTicketType({
  type: '${c.name}',
  title: '${quoted(c.title)}',
  metadata: ${pascal(c.name)}Request,
  storedMetadata: ${pascal(c.name)}Stored,
  // ${c.team} is assigned to every new ticket; the requester is added by the core.
  startingStakeholders: () => [{ principal: { group: TEAM }, connection: 'assigned', role: 'actioner' }],
  actions: {
    answer: {
      title: 'Answer',
      input: z.object({ answer: z.string().trim().min(1, 'Write the answer.').max(5000, 'An answer can be at most 5,000 characters long.') }),
      // "Only members of ${c.team} can answer this request." — \`doing.answer\` below.
      can: allOf(whileOpen, onlyGroup(TEAM, 'answer')),
    },
  },
  // The English of what its refusals say and of what the log says its actions did; other languages
  // go in the server half's \`words\` (docs/ticket-types.md, "Actions").
  words: { 'doing.answer': 'answer this request', 'summary.answered': 'Answered the request.' },
});

export default ticketType;
`,
    'src/server/index.ts': `import { saying } from '@tickets/plugin-kit';
import { defineSqlStore, defineTicketTypeServer, metadataChanges } from '@tickets/plugin-kit/server';
import ticketType from '../index.js';

export default defineTicketTypeServer(ticketType, {
  // A column for each field of the stored metadata (\`request\`, \`answer\`); the kit adds the key
  // columns and names the table for the type (\`${c.table}\`).
  store: defineSqlStore(ticketType, {
    create: { columns: 'request text not null, answer text null' },
    fixed: ['request'],
  }),
  effects: {
    async answer({ metadata, input }) {
      const answered = { ...metadata, answer: input.answer };
      return { summary: saying('answered'), metadata: answered, changes: metadataChanges(metadata, answered, { answer: 'answer' }), moveTo: 'Done' };
    },
  },
});
`,
    [`test/${c.name}-api.test.ts`]: `import { sql } from '@tickets/plugin-kit/server';
import { DEMO_USERS, failureOf, sqlOf, startTestApi } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TEAM } from '../src/index.js';
import server from '../src/server/index.js';

const t = await startTestApi({}, [server]);
const db = () => sqlOf(t.api.services.orm.em.fork());

describe('${c.name}: through the API, on a real database', () => {
  it('lets ${c.team} answer, which stores the answer, logs it and closes the ticket', async () => {
    const requester = t.client('rita');
    const { id } = await requester.tickets.create.mutate({ type: '${c.name}', title: 'A request', metadata: { request: 'Please help me with this.' } });
    const member = await teamMember();
    await t.client(member).actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'answer', input: { answer: 'Done, see you.' } });

    const row = await db().one(sql\`select m.answer from tickets t join ${c.table} m on m.id = t.metadata_id where t.id = \${id}\`, z.object({ answer: z.string() }));
    expect(row.answer).toBe('Done, see you.');
    expect((await requester.tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'closed', status: { name: 'Done' } });
    const logs = await db().rows(sql\`select event_type from ticket_logs where ticket_id = \${id} order by id\`, z.object({ event_type: z.string() }));
    expect(logs.map((log) => log.event_type)).toContain('action.run');
  });

  it('assigns ${c.team} and refuses the requester, naming who may answer', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: '${c.name}', title: 'A request', metadata: { request: 'Please help me with this.' } });
    const { stakeholders } = await t.client('rita').tickets.get.query({ ticketId: id });
    expect(stakeholders.map((s) => [s.principal.kind, s.principal.name, s.connection, s.role])).toEqual([
      ['user', 'Rita Lopes', 'cc', 'requester'],
      ['group', TEAM, 'assigned', 'actioner'],
    ]);
    const refused = await failureOf(t.client('rita').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'answer', input: { answer: 'Myself' } }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Only members of ${c.team} can answer this request.');
  });

  it('refuses a request too short to act on, saying why', async () => {
    const failure = await failureOf(t.client('rita').tickets.create.mutate({ type: '${c.name}', title: 'A request', metadata: { request: 'hi' } }));
    expect(failure.data.fieldErrors).toEqual([{ path: 'metadata.request', message: 'Write at least a sentence (10 characters) so the team knows what you need.' }]);
  });
});

/** A demo user who belongs to the team (the demo directory has one for each of its groups). */
async function teamMember() {
  const member = await db().maybeOne(
    sql\`select m.user_id as id from group_memberships m join user_groups g on g.id = m.group_id where lower(g.key) = lower(\${TEAM}) order by m.user_id limit 1\`,
    z.object({ id: z.number() }),
  );
  if (!member) throw new Error('The demo directory has no member of ${c.team}; choose a team it has (WRT, WST, WCAT, Delegates).');
  const user = DEMO_USERS.find((u) => u.id === member.id);
  if (!user) throw new Error(\`User #\${member.id} is not a demo user.\`);
  return user.login;
}
`,
    ...widgetFiles(c),
    'README.md': `# ${c.packageName}

Ticket type \`${c.name}\`: ${c.title}. ${c.team} is assigned to every new ticket and may answer it,
which closes the ticket as Done.

## Public API
- \`.\` (browser and server): the definition (\`defineTicketType\`), default export; \`${pascal(c.name)}Request\`
  (what is filed) and \`${pascal(c.name)}Stored\` (what is kept).
- \`./server\` (server only): storage in the table \`${c.table}\` and the effect of each action.
- \`./widget\` (browser only): the playground, \`${pascal(c.name)}Review\` for ${c.team} (the request and an
  "Answer" form); the requester has none.

\`pnpm test\` runs the API on PostgreSQL; the playground's tests are its stories
(\`stories/${pascal(c.name)}.stories.tsx\`, run by \`pnpm --filter @tickets/widgets test:storybook\`,
shown by \`pnpm storybook\` from the root).

## Example
\`\`\`sh
curl -s -X POST -H "Authorization: Bearer $(pnpm -s token rita)" -H 'content-type: application/json' \\
  -d '{"type":"${c.name}","title":"A request","metadata":{"request":"Please help me with this."}}' \\
  http://127.0.0.1:4000/trpc/tickets.create
\`\`\`

See docs/ticket-types.md for how to shape it further.
`,
  };
}

function pascal(name) {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
}

/** The playground (src/widget) and its stories, which are its tests: the team's view of a request, with an "Answer" form. */
function widgetFiles(c) {
  const P = pascal(c.name);
  return {
    'src/widget/index.tsx': `// The browser half of the '${c.name}' type: its playground on the ticket page. Import it as
// \`${c.packageName}/widget\` and register it with the widgets (\`registerPlaygrounds\` or the
// \`playgrounds\` prop). Only React and the plugin-kit's widget half reach the browser from here.
import { definePlayground, Field, FormRefusal, NotAllowed, type PlaygroundProps, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
import { type FormEvent, useState } from 'react';
import type { ${P}Stored } from '../index.js';

/**
 * ${c.team}'s view of a request: what was asked and, while the "answer" action is offered, a form
 * to answer it. Greyed out with the reason when the action is not allowed; the server's refusal is
 * said beside the box (the kit's \`Field\`) or under the form.
 */
export function ${P}Review({ metadata, actions, runAction, busy }: PlaygroundProps<${P}Stored>) {
  const [answer, setAnswer] = useState('');
  const act = useAction(runAction);
  const action = actions.find((candidate) => candidate.key === 'answer');
  const why = useNotAllowed([action]);
  const disabled = !action?.allowed || busy || act.pending !== null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (disabled || answer.trim() === '') return;
    if ((await act.run('answer', { answer: answer.trim() })) === null) setAnswer('');
  }

  return (
    <div className="tk-form">
      <h3 className="tk-section-title">Request</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{metadata.request}</p>
      {metadata.answer !== null && (
        <p className="tk-notice">
          <span className="tk-strong">Answered: </span>
          {metadata.answer}
        </p>
      )}
      {action && metadata.answer === null && (
        <form className="tk-form" aria-label="Answer the request" noValidate onSubmit={(event) => void onSubmit(event)}>
          <Field wide label="Your answer" error={act.refusal?.fieldErrors['answer']} describedBy={why.idOf('answer')}>
            {(control) => <textarea {...control} rows={4} value={answer} disabled={disabled} onChange={(event) => setAnswer(event.target.value)} />}
          </Field>
          <NotAllowed reasons={why} />
          <FormRefusal refusal={act.refusal} shownFields={['answer']} />
          <div className="tk-row">
            <button type="submit" className="tk-button tk-primary" disabled={disabled || answer.trim() === ''} aria-describedby={why.idOf('answer')} aria-busy={act.pending !== null || undefined}>
              {act.pending === null ? 'Answer' : 'Sending…'}
            </button>
          </div>
        </form>
      )}
      {act.done && (
        <p className="tk-muted" role="status">
          The answer was sent.
        </p>
      )}
    </div>
  );
}

/** ${c.team} (the actioners) answer here; the requester follows the ticket page and has no playground. */
export const playground = definePlayground<${P}Stored>({ type: '${c.name}', views: { actioner: ${P}Review, requester: null } });

export default playground;
`,
    [`stories/${P}.stories.tsx`]: `// The '${c.name}' playground's tests: the widgets' Storybook (which picks up plugins/*/stories) runs
// each story in Chromium with its \`play\` and an axe check (\`pnpm --filter @tickets/widgets
// test:storybook\`, part of \`pnpm test\`; \`pnpm storybook\` shows them). ${c.team}'s view in each state
// that matters, and the requester's page, which has no playground.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { actionFailure, playgroundStory, teamScene, ticketPageFor } from '@tickets/plugin-kit/widget/testing';
import { TicketPage } from '@tickets/widgets';
import { withoutPlaygroundStory } from '@tickets/widgets/playground-stories';
import { expect, fn, userEvent, within } from 'storybook/test';
import ticketType, { ${P}Stored, TEAM } from '../src/index.js';
import playground, { ${P}Review } from '../src/widget/index.js';

const NOT_A_MEMBER = 'Only members of ${c.team} can answer this request.';

/** A request Rita filed, seen by a member of ${c.team} or, with \`requester\`, by Rita; each action judged by its own \`can\`. */
function scene({ answer = null, requester = false }: { answer?: string | null; requester?: boolean } = {}) {
  return teamScene(ticketType, { team: TEAM, metadata: ${P}Stored.parse({ request: 'Please help me with this.', answer }), requester, ticket: { title: 'A request' } });
}

const meta = { title: 'Plugins/${quoted(c.title)}', ...playgroundStory(${P}Review, { ...scene(), runAction: fn(async () => {}) }) } satisfies Meta<typeof ${P}Review>;

export default meta;
type Story = StoryObj<typeof meta>;

/** On ${c.team}'s ticket page: the request, and the answer (trimmed) sent with the "answer" action. */
export const Default: Story = {
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const view = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(view.getByText('Please help me with this.')).toBeVisible();
    await userEvent.type(view.getByRole('textbox', { name: 'Your answer' }), '  Done, see you.  ');
    await userEvent.click(view.getByRole('button', { name: 'Answer' }));
    await expect(args.runAction).toHaveBeenCalledTimes(1);
    await expect(args.runAction).toHaveBeenCalledWith('answer', { answer: 'Done, see you.' });
    await expect(await view.findByRole('status')).toHaveTextContent('The answer was sent.');
  },
};

/** The viewer may not answer: the form is greyed out, with the reason. */
export const NotAllowed: Story = {
  args: { actions: scene({ requester: true }).actions },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'Your answer' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Answer' })).toHaveAccessibleDescription(NOT_A_MEMBER);
  },
};

/** A change to the ticket is on its way: nothing else can be sent meanwhile. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'Your answer' })).toBeDisabled();
  },
};

/** The server refused the answer itself: said beside the box. */
export const RefusedAnswer: Story = {
  args: { runAction: fn(async () => Promise.reject(actionFailure('The input is not valid.', { fieldErrors: [{ path: 'input.answer', message: 'Write the answer.' }] }))) },
  play: async ({ canvas }) => {
    const box = canvas.getByRole('textbox', { name: 'Your answer' });
    await userEvent.type(box, 'x');
    await userEvent.click(canvas.getByRole('button', { name: 'Answer' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Write the answer.');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
  },
};

/** The server refused the action: said under the form. */
export const Refused: Story = {
  args: { runAction: fn(async () => Promise.reject(actionFailure(NOT_A_MEMBER, { code: 'FORBIDDEN' }))) },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Your answer' }), 'Done.');
    await userEvent.click(canvas.getByRole('button', { name: 'Answer' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(NOT_A_MEMBER);
  },
};

/** Answered: the answer is shown, the form is gone. */
export const Answered: Story = {
  args: { metadata: scene({ answer: 'Done, see you.' }).metadata },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Done, see you.')).toBeVisible();
    await expect(canvas.queryByRole('form', { name: 'Answer the request' })).toBeNull();
  },
};

/** The requester on the ticket page with this playground registered: no playground for them. */
export const Requester: Story = withoutPlaygroundStory(playground, scene({ requester: true }));
`,
  };
}
