import { assertMayFollowStatusMigrations, DomainError } from '@tickets/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { loadMigrationViews } from '../modules/status-migrations/migration-view.js';
import { StatusMigrationView } from '../modules/statuses/status-settings-schemas.js';
import { authedProcedure } from '../trpc/trpc.js';
import { MigrationsGetInput } from './status-settings-inputs.js';

const RECENT = 20;

/** The progress of status migrations (tickets rewritten after a status change), for namespace admins. */
export const migrationsRouter = {
  /**
   * One migration by id, or the unfinished ones and the most recent ones, newest first. FORBIDDEN
   * for anyone but a namespace admin: the figures count tickets others may not see.
   */
  get: authedProcedure
    .input(MigrationsGetInput)
    .output(z.object({ migrations: z.array(StatusMigrationView) }))
    .query(async ({ ctx, input }) => {
      assertMayFollowStatusMigrations(ctx.viewer);
      const namespaceId = ctx.services.namespace.id;
      if (input?.migrationId !== undefined) {
        const migrations = await loadMigrationViews(ctx.em, namespaceId, { ids: [input.migrationId] });
        if (migrations.length === 0) {
          throw new DomainError('not_found', 'migration.not_found', `Status migration #${input.migrationId} does not exist in this namespace.`, {
            migrationId: input.migrationId,
          });
        }
        return { migrations };
      }
      const [unfinished, recent] = await Promise.all([
        loadMigrationViews(ctx.em, namespaceId, { unfinished: true }),
        loadMigrationViews(ctx.em, namespaceId, { recent: RECENT }),
      ]);
      const seen = new Set(unfinished.map((m) => m.id));
      return { migrations: [...unfinished, ...recent.filter((m) => !seen.has(m.id))].sort((a, b) => b.id - a.id) };
    }),
} satisfies TRPCRouterRecord;
