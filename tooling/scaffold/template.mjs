// The files of a new ticket-type plugin. `c` holds: name, title, team, table, packageName.
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

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
        // The playground (browser only): register it with the widgets (`registerPlaygrounds` or `playgrounds`).
        './widget': { source: './src/widget/index.ts', types: './src/widget/index.ts', default: './src/widget/index.ts' },
      },
      scripts: { build: 'tsc -p tsconfig.build.json', typecheck: 'tsc --noEmit', lint: 'eslint .', test: 'vitest run' },
      dependencies: { '@tickets/domain': 'workspace:*', '@tickets/plugin-kit': 'workspace:*', zod: 'catalog:' },
      peerDependencies: { react: 'catalog:', 'react-dom': 'catalog:' },
      devDependencies: {
        '@storybook/react-vite': 'catalog:',
        '@testing-library/dom': 'catalog:',
        '@testing-library/jest-dom': 'catalog:',
        '@testing-library/react': 'catalog:',
        '@testing-library/user-event': 'catalog:',
        '@tickets/server': 'workspace:*',
        '@tickets/eslint-config': 'workspace:*',
        '@tickets/tsconfig': 'workspace:*',
        '@tickets/vitest-config': 'workspace:*',
        '@tickets/widgets': 'workspace:*',
        '@types/react': 'catalog:',
        '@types/react-dom': 'catalog:',
        eslint: 'catalog:',
        'eslint-plugin-react-hooks': 'catalog:',
        jsdom: 'catalog:',
        react: 'catalog:',
        'react-dom': 'catalog:',
        storybook: 'catalog:',
        typescript: 'catalog:',
        vitest: 'catalog:',
      },
    }),
    // The playground (src/widget) is React in the browser; src/index.ts and src/server stay free of it.
    'tsconfig.json': json({
      extends: '@tickets/tsconfig/base.json',
      compilerOptions: { noEmit: true, lib: ['ES2023', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx' },
      include: ['src', 'test', 'stories', '*.ts'],
    }),
    'tsconfig.build.json': json({
      extends: '@tickets/tsconfig/base.json',
      compilerOptions: { rootDir: 'src', outDir: 'dist', noEmit: false, lib: ['ES2023', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx' },
      include: ['src'],
    }),
    'eslint.config.js': `import { base } from '@tickets/eslint-config';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...base(),
  { ...reactHooks.configs.flat.recommended, files: ['src/widget/**/*.{ts,tsx}', 'test/**/*.tsx', 'stories/**/*.tsx'] },
  {
    // The isomorphic half and the server half never import React or the playground.
    files: ['src/**/*.ts'],
    ignores: ['src/widget/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'React belongs in src/widget only.' },
            { name: 'react-dom', message: 'React belongs in src/widget only.' },
          ],
          patterns: [{ group: ['**/widget/**', './widget/*'], message: 'The playground (src/widget) is imported through the ./widget export only.' }],
        },
      ],
    },
  },
];
`,
    'turbo.json': json({ $schema: 'https://turbo.build/schema.json', extends: ['//'], tasks: { test: { cache: false } } }),
    'vitest.config.ts': `import { defineConfig, mergeConfig } from 'vitest/config';
import base from '@tickets/vitest-config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // The playground's tests are .tsx and run on jsdom (\`// @vitest-environment jsdom\` in each file).
      include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
      // The API tests run the whole server on a database of their own (see @tickets/server/testing).
      globalSetup: ['@tickets/server/testing/global-setup'],
      pool: 'forks',
    },
  }),
);
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
  title: '${c.title}',
  metadata: ${pascal(c.name)}Request,
  storedMetadata: ${pascal(c.name)}Stored,
  // ${c.team} is assigned to every new ticket; the requester is added by the core.
  startingStakeholders: () => [{ principal: { group: TEAM }, connection: 'assigned', role: 'actioner' }],
  actions: {
    answer: {
      title: 'Answer',
      input: z.object({ answer: z.string().trim().min(1, 'Write the answer.').max(5000, 'An answer can be at most 5,000 characters long.') }),
      can: allOf(whileOpen, onlyGroup(TEAM, 'answer this request')),
    },
  },
});

export default ticketType;
`,
    'src/server/index.ts': `import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import ticketType from '../index.js';

const TABLE = '${c.table}';

interface Row {
  id: number;
  request: string;
  answer: string | null;
}

export default defineTicketTypeServer(ticketType, {
  store: {
    table: TABLE,
    migrations: [
      {
        name: '001-create-table',
        up: [\`create table \${TABLE} (id serial primary key, namespace_id int not null, request text not null, answer text null)\`],
        down: [\`drop table \${TABLE}\`],
      },
    ],
    async insert({ db, namespaceId, metadata }) {
      const [row] = await db.execute<{ id: number }>(\`insert into \${TABLE} (namespace_id, request) values (?, ?) returning id\`, [namespaceId, metadata.request]);
      return row!.id;
    },
    async load(db, ids) {
      const rows = await db.execute<Row>(\`select id, request, answer from \${TABLE} where id = any(?::int[])\`, [\`{\${ids.join(',')}}\`]);
      return new Map(rows.map((row) => [row.id, { request: row.request, answer: row.answer }]));
    },
    async update(db, id, metadata) {
      await db.execute(\`update \${TABLE} set request = ?, answer = ? where id = ?\`, [metadata.request, metadata.answer, id]);
    },
  },
  effects: {
    async answer({ metadata, input }) {
      return {
        summary: 'Answered the request.',
        metadata: { ...metadata, answer: input.answer },
        changes: [{ field: 'answer', label: 'answer', before: metadata.answer, after: input.answer }],
        moveTo: 'Done',
      };
    },
  },
});
`,
    [`test/${c.name}.test.ts`]: `import { describe, expect, it } from 'vitest';
import ticketType, { ${pascal(c.name)}Request } from '../src/index.js';

describe('${c.name}: rules', () => {
  it('refuses a request too short to act on, saying why', () => {
    const result = ${pascal(c.name)}Request.safeParse({ request: 'hi' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Write at least a sentence (10 characters) so the team knows what you need.']);
  });

  it('assigns ${c.team}', () => {
    expect(ticketType.startingStakeholders?.({ requesterId: 1, metadata: { request: 'Please help me with this.' } })).toEqual([
      { principal: { group: '${c.team}' }, connection: 'assigned', role: 'actioner' },
    ]);
  });
});
`,
    [`test/${c.name}-api.test.ts`]: `import { failureOf, startTestApi } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import server from '../src/server/index.js';

const t = await startTestApi({}, [server]);
const db = () => t.api.services.orm.em.fork();

describe('${c.name}: through the API, on a real database', () => {
  it('lets ${c.team} answer, which stores the answer, logs it and closes the ticket', async () => {
    const requester = t.client('rita');
    const { id } = await requester.tickets.create.mutate({ type: '${c.name}', title: 'A request', metadata: { request: 'Please help me with this.' } });
    const member = await teamMember();
    await t.client(member).actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'answer', input: { answer: 'Done, see you.' } });

    const [row] = await db().execute<{ answer: string }[]>('select m.answer from tickets t join ${c.table} m on m.id = t.metadata_id where t.id = ?', [id]);
    expect(row?.answer).toBe('Done, see you.');
    expect((await requester.tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'closed', status: { name: 'Done' } });
    const logs = await db().execute<{ event_type: string }[]>('select event_type from ticket_logs where ticket_id = ? order by id', [id]);
    expect(logs.map((log) => log.event_type)).toContain('action.run');
  });

  it('refuses the requester, naming who may answer', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: '${c.name}', title: 'A request', metadata: { request: 'Please help me with this.' } });
    const refused = await failureOf(t.client('rita').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'answer', input: { answer: 'Myself' } }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Only members of ${c.team} can answer this request.');
  });
});

/** A demo user who belongs to the team (the demo directory has one for each of its groups). */
async function teamMember() {
  const [row] = await db().execute<{ id: number }[]>(
    'select m.user_id as id from group_memberships m join user_groups g on g.id = m.group_id where lower(g.key) = lower(?) order by m.user_id limit 1',
    ['${c.team}'],
  );
  if (!row) throw new Error('The demo directory has no member of ${c.team}; choose a team it has (WRT, WST, WCAT, Delegates).');
  const { DEMO_USERS } = await import('@tickets/server/testing');
  const user = DEMO_USERS.find((u) => u.id === row.id);
  if (!user) throw new Error(\`User #\${row.id} is not a demo user.\`);
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
  "Answer" form); the requester has none. Its story is \`stories/${pascal(c.name)}.stories.tsx\`
  (\`pnpm storybook\` from the root).

## Example
\`\`\`sh
curl -s -X POST -H "Authorization: Bearer $(pnpm -s token rita)" -H 'content-type: application/json' \\\\
  -d '{"type":"${c.name}","title":"A request","metadata":{"request":"Please help me with this."}}' \\\\
  http://127.0.0.1:4000/trpc/tickets.create
\`\`\`

See docs/ticket-types.md for how to shape it further.
`,
  };
}

function pascal(name) {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
}

/** The playground (src/widget), its test and its story: the team's view of a request, with an "Answer" form. */
function widgetFiles(c) {
  const P = pascal(c.name);
  return {
    'src/widget/index.ts': `// The browser half of the '${c.name}' type: its playground on the ticket page. Import it as
// \`${c.packageName}/widget\` and register it with the widgets (\`registerPlaygrounds\` or the
// \`playgrounds\` prop). Only React and the plugin-kit's widget contract reach the browser from here.
import { definePlayground } from '@tickets/plugin-kit/widget';
import type { ${P}Stored } from '../index.js';
import { ${P}Review } from './${P}Review.js';

export { ${P}Review } from './${P}Review.js';

/** ${c.team} (the actioners) answer here; the requester follows the ticket page and has no playground. */
export const playground = definePlayground<${P}Stored>({
  type: '${c.name}',
  views: { actioner: ${P}Review, requester: null },
});

export default playground;
`,
    [`src/widget/${P}Review.tsx`]: `import { isActionFailure, type PlaygroundProps } from '@tickets/plugin-kit/widget';
import { type FormEvent, useId, useState } from 'react';
import type { ${P}Stored } from '../index.js';

/**
 * ${c.team}'s view of a request: what was asked and, while the "answer" action is offered, a form
 * to answer it. Greyed out with the reason when the action is not allowed; the server's refusal is
 * shown next to the form.
 */
export function ${P}Review({ metadata, actions, runAction, busy }: PlaygroundProps<${P}Stored>) {
  const id = useId();
  const action = actions.find((candidate) => candidate.key === 'answer');
  const [answer, setAnswer] = useState('');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const reason = action && !action.allowed ? action.reason : null;
  const disabled = !action?.allowed || busy || sending;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (disabled || answer.trim() === '') return;
    setSending(true);
    setFailure(null);
    setSent(false);
    try {
      await runAction('answer', { answer: answer.trim() });
      setAnswer('');
      setSent(true);
    } catch (error) {
      const field = isActionFailure(error) ? error.fieldErrors.find((fieldError) => fieldError.path === 'input.answer') : undefined;
      setFailure(field?.message ?? (error instanceof Error && error.message ? error.message : 'The answer could not be sent. Try again.'));
    } finally {
      setSending(false);
    }
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
          <label htmlFor={\`\${id}-answer\`} className="tk-strong">
            Your answer
          </label>
          <textarea
            id={\`\${id}-answer\`}
            rows={4}
            value={answer}
            disabled={disabled}
            aria-describedby={reason ? \`\${id}-reason\` : undefined}
            aria-invalid={failure ? true : undefined}
            onChange={(event) => setAnswer(event.target.value)}
          />
          {reason && (
            <p id={\`\${id}-reason\`} className="tk-muted">
              {reason}
            </p>
          )}
          {failure && (
            <p className="tk-error" role="alert">
              {failure}
            </p>
          )}
          <div className="tk-row">
            <button
              type="submit"
              className="tk-button tk-primary"
              disabled={disabled || answer.trim() === ''}
              aria-describedby={reason ? \`\${id}-reason\` : undefined}
              aria-busy={sending || undefined}
            >
              {sending ? 'Sending…' : 'Answer'}
            </button>
          </div>
        </form>
      )}
      {sent && (
        <p className="tk-muted" role="status">
          The answer was sent.
        </p>
      )}
    </div>
  );
}
`,
    'test/playground-fixtures.ts': `// What the ticket page hands the playground, built from the type's own definitions: the stored
// metadata through its zod schema, the actions from \`ticketType.actions\`. Free of vitest, so the
// story (stories/) uses it too.
import type { ActionFailure, ActionView, PlaygroundStatus, PlaygroundTicket } from '@tickets/plugin-kit/widget';
import ticketType, { ${P}Stored } from '../src/index.js';

export function storedMetadata(overrides: Partial<Record<keyof ${P}Stored, unknown>> = {}): ${P}Stored {
  return ${P}Stored.parse({ request: 'Please help me with this.', answer: null, ...overrides });
}

/** Every action of the type, allowed unless \`refused\` gives the reason it is not. */
export function actionViews(refused: Partial<Record<string, string>> = {}): ActionView[] {
  return Object.entries(ticketType.actions ?? {}).map(([key, action]) => {
    // Widened: an action may or may not declare a description.
    const { title, description }: { title: string; description?: string } = action;
    const reason = refused[key] ?? null;
    return { key, title, description: description ?? null, allowed: reason === null, reason };
  });
}

/** How \`runAction\` rejects, as the widgets' \`toActionFailure\` builds it. */
export function actionFailure(code: string, message: string, fieldErrors: { path: string; message: string }[] = [], domainCode: string | null = null): ActionFailure {
  return Object.assign(new Error(message), { code, domainCode, fieldErrors });
}

const triage: PlaygroundStatus = { id: 1, name: 'Needs triage', color: '#737278', description: null, category: 'triage', icon: 'status-triage', state: 'open' };

export const ticket: PlaygroundTicket = {
  id: 42,
  type: ticketType.type,
  typeTitle: ticketType.title,
  title: 'A request',
  state: 'open',
  status: triage,
  version: 1,
  createdBy: { userId: 2, name: 'Rita Lopes' },
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  closedAt: null,
  stakeholders: [],
  statuses: [triage],
  actingAs: { stakeholderId: 12, name: '${c.team}', connection: 'assigned', role: 'actioner' },
};
`,
    'test/playground.test.tsx': `// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import playground, { ${P}Review } from '../src/widget/index.js';
import { actionFailure, actionViews, storedMetadata, ticket } from './playground-fixtures.js';

afterEach(() => cleanup());

function renderView({ metadata = storedMetadata(), actions = actionViews(), runAction = vi.fn().mockResolvedValue(undefined), busy = false } = {}) {
  render(<${P}Review ticket={ticket} metadata={metadata} actions={actions} runAction={runAction} busy={busy} />);
  return { runAction, user: userEvent.setup() };
}

describe('${c.name} playground', () => {
  it('offers ${c.team} a view and the requester none', () => {
    expect(playground.type).toBe(ticket.type);
    expect(playground.views.actioner).toBe(${P}Review);
    expect(playground.views.requester).toBeNull();
  });

  it('shows the request and sends the answer with the "answer" action', async () => {
    const { runAction, user } = renderView();
    expect(screen.getByText('Please help me with this.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), '  Done, see you.  ');
    await user.click(screen.getByRole('button', { name: 'Answer' }));
    expect(runAction).toHaveBeenCalledExactlyOnceWith('answer', { answer: 'Done, see you.' });
    expect(await screen.findByRole('status')).toHaveTextContent('The answer was sent.');
  });

  it('greys the form out with the reason when the viewer may not answer', () => {
    const reason = 'Only members of ${c.team} can answer this request.';
    renderView({ actions: actionViews({ answer: reason }) });
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Answer' })).toHaveAccessibleDescription(reason);
  });

  it('shows what the server refused, next to the form', async () => {
    const message = 'Write the answer.';
    const { user } = renderView({ runAction: vi.fn().mockRejectedValue(actionFailure('BAD_REQUEST', 'The input is not valid.', [{ path: 'input.answer', message }])) });
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('shows the answer once given, without the form', () => {
    renderView({ metadata: storedMetadata({ answer: 'Done, see you.' }) });
    expect(screen.getByText('Done, see you.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Answer the request' })).toBeNull();
  });
});
`,
    [`stories/${P}.stories.tsx`]: `// The '${c.name}' playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories): ${c.team}'s view in each state that matters, and the requester's page, which has
// no playground. \`pnpm storybook\` shows it; \`pnpm --filter @tickets/widgets test:storybook\` tests it.
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ActingAsChoice, TicketDetail } from '@tickets/widgets';
import { TicketPage } from '@tickets/widgets';
import { STAKEHOLDERS, TIMELINE, ticketDetail } from '@tickets/widgets/fixtures';
import { expect, fn, userEvent } from 'storybook/test';
import playground, { ${P}Review } from '../src/widget/index.js';
import { actionFailure, actionViews, storedMetadata, ticket } from '../test/playground-fixtures.js';

const NOT_A_MEMBER = 'Only members of ${c.team} can answer this request.';

/**
 * ${c.team}'s (the actioner's) view of a request, as the ticket page shows it: in the playground's
 * section, inside the widgets' styles. The requester has no playground: the \`Requester\` story
 * shows their ticket page without one.
 */
const meta = {
  title: 'Plugins/${c.title.replaceAll("'", "\\'")}',
  component: ${P}Review,
  args: { ticket, metadata: storedMetadata(), actions: actionViews(), runAction: fn(async () => {}), busy: false },
  render: (args) => (
    <div className="tk-page">
      <h2 className="tk-title">{args.ticket.title}</h2>
      <section className="tk-section tk-playground" aria-label={args.ticket.typeTitle}>
        <${P}Review {...args} />
      </section>
    </div>
  ),
} satisfies Meta<typeof ${P}Review>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The answer is sent with the "answer" action. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Your answer' }), 'Done, see you.');
    await userEvent.click(canvas.getByRole('button', { name: 'Answer' }));
    await expect(args.runAction).toHaveBeenCalledOnce();
    await expect(args.runAction).toHaveBeenCalledWith('answer', { answer: 'Done, see you.' });
  },
};

/** The viewer may not answer: the form is greyed out, with the reason. */
export const NotAllowed: Story = {
  args: { actions: actionViews({ answer: NOT_A_MEMBER }) },
  play: async ({ canvas }) => {
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

/** The server refused the answer: said next to the form. */
export const Refused: Story = {
  args: {
    runAction: fn(async () => {
      throw actionFailure('FORBIDDEN', NOT_A_MEMBER);
    }),
  },
  play: async ({ canvas, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Your answer' }), 'Done.');
    await userEvent.click(canvas.getByRole('button', { name: 'Answer' }));
    await expect(args.runAction).toHaveBeenCalledWith('answer', { answer: 'Done.' });
    await expect(await canvas.findByRole('alert')).toHaveTextContent(NOT_A_MEMBER);
  },
};

/** Answered: the answer is shown, the form is gone. */
export const Answered: Story = {
  args: { metadata: storedMetadata({ answer: 'Done, see you.' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Done, see you.')).toBeVisible();
  },
};

const requester: ActingAsChoice = { stakeholderId: 11, name: 'Rita Lopes', connection: 'cc', role: 'requester', allowedStatusIds: [], actions: [] };

function requesterDetail(): TicketDetail {
  const base = ticketDetail();
  return {
    ...base,
    ticket: { ...base.ticket, id: ticket.id, type: playground.type, typeTitle: ticket.typeTitle, title: ticket.title },
    stakeholders: [...STAKEHOLDERS],
    metadata: storedMetadata(),
    viewer: { canAct: true, actingAs: [requester] },
  };
}

/** The requester on the widgets' ticket page with this playground registered: no playground for them. */
export const Requester: Story = {
  render: (args) => (
    <TicketPage
      detail={requesterDetail()}
      timeline={TIMELINE}
      actingAsId={requester.stakeholderId}
      playgrounds={[playground]}
      headingLevel={2}
      runAction={args.runAction}
      onActingAsChange={fn()}
      onSetStatus={fn()}
      onComment={fn()}
      onAddStakeholder={fn()}
      onHandOver={fn()}
      onDeactivate={fn()}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: ticket.title })).toBeVisible();
    await expect(canvas.getByRole('form', { name: 'Add a comment' })).toBeVisible();
    await expect(canvas.queryByRole('region', { name: ticket.typeTitle })).toBeNull();
  },
};
`,
  };
}
