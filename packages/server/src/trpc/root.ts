import { actionsRouter } from '../router/actions.js';
import { commentsRouter } from '../router/comments.js';
import { lifecyclesRouter } from '../router/lifecycles.js';
import { meRouter } from '../router/me.js';
import { migrationsRouter } from '../router/migrations.js';
import { stakeholdersRouter } from '../router/stakeholders.js';
import { statusesRouter } from '../router/statuses.js';
import { ticketsRouter } from '../router/tickets.js';
import { ticketReadsRouter } from '../router/ticket-reads.js';
import { router } from './trpc.js';

export const appRouter = router({
  ...meRouter,
  actions: actionsRouter,
  comments: commentsRouter,
  lifecycles: lifecyclesRouter,
  migrations: migrationsRouter,
  stakeholders: stakeholdersRouter,
  statuses: statusesRouter,
  tickets: { ...ticketsRouter, ...ticketReadsRouter },
});

export type AppRouter = typeof appRouter;
