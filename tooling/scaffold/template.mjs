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
        jsdom: 'catalog:',
        react: 'catalog:',
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
    'src/server/index.ts': `import { defineSqlStore, defineTicketTypeServer, metadataChanges } from '@tickets/plugin-kit/server';
import ticketType from '../index.js';

const TABLE = '${c.table}';

export default defineTicketTypeServer(ticketType, {
  // A column for each field of the stored metadata (\`request\`, \`answer\`), created by the migrations.
  store: defineSqlStore(ticketType, {
    table: TABLE,
    migrations: [
      {
        name: '001-create-table',
        up: [\`create table \${TABLE} (id serial primary key, namespace_id int not null, request text not null, answer text null)\`],
        down: [\`drop table \${TABLE}\`],
      },
    ],
    fixed: ['request'],
  }),
  effects: {
    async answer({ metadata, input }) {
      const answered = { ...metadata, answer: input.answer };
      return { summary: 'Answered the request.', metadata: answered, changes: metadataChanges(metadata, answered, { answer: 'answer' }), moveTo: 'Done' };
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

  it('refuses the requester, naming who may answer', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: '${c.name}', title: 'A request', metadata: { request: 'Please help me with this.' } });
    const refused = await failureOf(t.client('rita').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'answer', input: { answer: 'Myself' } }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Only members of ${c.team} can answer this request.');
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
// \`playgrounds\` prop). Only React and the plugin-kit's widget half reach the browser from here.
import { definePlayground } from '@tickets/plugin-kit/widget';
import type { ${P}Stored } from '../index.js';
import { ${P}Review } from './${P}Review.js';

export { ${P}Review };

/** ${c.team} (the actioners) answer here; the requester follows the ticket page and has no playground. */
export const playground = definePlayground<${P}Stored>({ type: '${c.name}', views: { actioner: ${P}Review, requester: null } });

export default playground;
`,
    [`src/widget/${P}Review.tsx`]: `import { Field, FormRefusal, NotAllowed, type PlaygroundProps, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
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
`,
    'test/playground-fixtures.ts': `// A request as the page hands it to the playground, built from the type's own definition by the
// kit (its actions judged by their own \`can\`). Free of vitest: the story (stories/) uses it too.
import type { Stakeholder, Viewer } from '@tickets/domain';
import { playgroundScene } from '@tickets/plugin-kit/widget/testing';
import ticketType, { ${P}Stored, TEAM } from '../src/index.js';

export function storedMetadata(overrides: Partial<${P}Stored> = {}): ${P}Stored {
  return ${P}Stored.parse({ request: 'Please help me with this.', answer: null, ...overrides });
}

const RITA: Stakeholder = { id: 11, principal: { kind: 'user', id: 2, name: 'Rita Lopes' }, connection: 'cc', role: 'requester', isActive: true };
const ASSIGNED: Stakeholder = { id: 12, principal: { kind: 'group', id: 1, name: TEAM }, connection: 'assigned', role: 'actioner', isActive: true };
const MEMBER: Viewer = { userId: 7, name: 'Wes Turner', isSiteAdmin: false, memberships: [ASSIGNED.principal] };
const RITA_VIEWER: Viewer = { userId: 2, name: 'Rita Lopes', isSiteAdmin: false, memberships: [] };

/** The request as a member of ${c.team} sees it or, with \`requester\`, as Rita, who filed it. */
export function scene({ metadata = storedMetadata(), requester = false } = {}) {
  return playgroundScene(ticketType, {
    metadata,
    stakeholders: [RITA, ASSIGNED],
    actingAs: requester ? RITA : ASSIGNED,
    viewer: requester ? RITA_VIEWER : MEMBER,
    ticket: { title: 'A request' },
  });
}
`,
    'test/playground.test.tsx': `import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { actionFailure } from '@tickets/plugin-kit/widget/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import playground, { ${P}Review } from '../src/widget/index.js';
import { scene, storedMetadata } from './playground-fixtures.js';

afterEach(() => cleanup());

function renderView(shown = scene(), { runAction = vi.fn().mockResolvedValue(undefined), busy = false } = {}) {
  render(<${P}Review {...shown} runAction={runAction} busy={busy} />);
  return { runAction, user: userEvent.setup() };
}

describe('${c.name} playground', () => {
  it('offers ${c.team} a view and the requester none', () => {
    expect(playground.type).toBe(scene().ticket.type);
    expect(playground.views).toEqual({ actioner: ${P}Review, requester: null });
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
    renderView(scene({ requester: true }));
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Answer' })).toHaveAccessibleDescription('Only members of ${c.team} can answer this request.');
  });

  it('shows what the server refused, beside the box', async () => {
    const message = 'Write the answer.';
    const { user } = renderView(scene(), { runAction: vi.fn().mockRejectedValue(actionFailure('The input is not valid.', { fieldErrors: [{ path: 'input.answer', message }] })) });
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the answer once given, without the form', () => {
    renderView(scene({ metadata: storedMetadata({ answer: 'Done, see you.' }) }));
    expect(screen.getByText('Done, see you.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Answer the request' })).toBeNull();
  });
});
`,
    [`stories/${P}.stories.tsx`]: `// The '${c.name}' playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories): ${c.team}'s view in each state that matters, and the requester's page, which has
// no playground. \`pnpm storybook\` shows it; \`pnpm --filter @tickets/widgets test:storybook\` tests it.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { actionFailure, playgroundStory, ticketPageFor } from '@tickets/plugin-kit/widget/testing';
import { TicketPage } from '@tickets/widgets';
import { expect, fn, userEvent } from 'storybook/test';
import playground, { ${P}Review } from '../src/widget/index.js';
import { scene, storedMetadata } from '../test/playground-fixtures.js';

const NOT_A_MEMBER = 'Only members of ${c.team} can answer this request.';

const meta = { title: 'Plugins/${c.title.replaceAll("'", "\\'")}', ...playgroundStory(${P}Review, { ...scene(), runAction: fn(async () => {}) }) } satisfies Meta<typeof ${P}Review>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The answer is sent with the "answer" action. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Your answer' }), 'Done, see you.');
    await userEvent.click(canvas.getByRole('button', { name: 'Answer' }));
    await expect(args.runAction).toHaveBeenCalledWith('answer', { answer: 'Done, see you.' });
  },
};

/** The viewer may not answer: the form is greyed out, with the reason. */
export const NotAllowed: Story = {
  args: { actions: scene({ requester: true }).actions },
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

/** The server refused the answer: said under the form. */
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
  args: { metadata: storedMetadata({ answer: 'Done, see you.' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Done, see you.')).toBeVisible();
  },
};

/** The requester on the ticket page with this playground registered: no playground for them. */
export const Requester: Story = {
  args: scene({ requester: true }),
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('form', { name: 'Add a comment' })).toBeVisible();
    await expect(canvas.queryByRole('region', { name: args.ticket.typeTitle })).toBeNull();
  },
};
`,
  };
}
