import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTicketsClient } from '../api/context.js';
import { errorInfo } from '../api/errors.js';
import { statusSettingsKeys, statusSettingsQuery, ticketKeys } from '../api/queries.js';
import type { StatusChangeOutcome, StatusMigrationView, StatusSettingsView } from '../api/types.js';
import { StatusSettings } from '../components/StatusSettings.js';
import { refusalMessage } from '../components/status-settings-model.js';
import { type StatusSettingsChange, statusSettingsChanges } from './status-settings-changes.js';
import { useSettingsMessages } from '../i18n/use-settings-messages.js';

export interface ConnectedStatusSettingsProps {
  headingLevel?: 2 | 3;
  /** How often a running migration's progress is asked for (1 s). */
  pollIntervalMs?: number;
}

/** `migrations.get`, remembering which migrations this view saw unfinished, so it can say when they are done. */
interface WatchedMigrations {
  migrations: StatusMigrationView[];
  watched: number[];
}

/** What the notice above says: the namespace was converted, or a change met a status gone meanwhile (put in words when shown). */
type SettingsNotice = { kind: 'converted' } | { kind: 'gone'; error: unknown };

function unfinished(migrations: readonly StatusMigrationView[]): StatusMigrationView[] {
  return migrations.filter((migration) => migration.state !== 'done');
}

/** Refusals that asking again will not change (the viewer may not follow migrations, is signed out). */
const FINAL_REFUSALS = new Set(['FORBIDDEN', 'UNAUTHORIZED', 'NOT_FOUND']);

/**
 * `StatusSettings` fed from `statuses.list`: every change goes through `statuses.*` one after the
 * other, a reorder shows at once, and the settings (and the tickets, whose statuses may read
 * differently now) reload after each change, refused or not. While a migration runs,
 * `migrations.get` is asked every `pollIntervalMs`.
 */
export function ConnectedStatusSettings({ headingLevel, pollIntervalMs = 1000 }: ConnectedStatusSettingsProps) {
  const client = useTicketsClient();
  const queryClient = useQueryClient();
  const { t } = useSettingsMessages();
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  /** Migrations this view's changes started: shown until done, and then as done. */
  const [started, setStarted] = useState<number[]>([]);
  const settings = useQuery(statusSettingsQuery(client));
  const running = settings.data ? unfinished(settings.data.migrations).length > 0 : false;

  const migrations = useQuery(
    queryOptions({
      queryKey: statusSettingsKeys.migrations,
      queryFn: async ({ signal }): Promise<WatchedMigrations> => {
        const before = queryClient.getQueryData<WatchedMigrations>(statusSettingsKeys.migrations);
        const answer = await client.migrations.get.query(undefined, { signal });
        const watched = [...new Set([...(before?.watched ?? []), ...unfinished(answer.migrations).map((migration) => migration.id)])];
        // A migration finished since the last look: the settings' usage counts may have moved.
        const finished = before && unfinished(before.migrations).some((migration) => answer.migrations.find((now) => now.id === migration.id)?.state === 'done');
        if (finished) void queryClient.invalidateQueries({ queryKey: statusSettingsKeys.settings });
        return { migrations: answer.migrations, watched };
      },
      // Only once something runs (the settings say so, or a change started one).
      enabled: running || started.length > 0,
      // A failed look keeps asking (a server hiccup must not freeze the bar for good), unless asking again cannot help.
      refetchInterval: (query) => {
        if (query.state.status === 'error') return FINAL_REFUSALS.has(errorInfo(query.state.error).code) ? false : pollIntervalMs;
        return query.state.data && unfinished(query.state.data.migrations).length > 0 ? pollIntervalMs : false;
      },
    }),
  );
  const shown = migrations.data
    ? migrations.data.migrations.filter((migration) => migration.state !== 'done' || migrations.data.watched.includes(migration.id) || started.includes(migration.id))
    : (settings.data?.migrations ?? []);

  const mutation = useMutation<StatusChangeOutcome, unknown, StatusSettingsChange, StatusSettingsView | undefined>({
    mutationKey: ['status-settings-change'],
    // One change after the other: each reorder starts from the order the previous one left.
    scope: { id: 'status-settings' },
    mutationFn: (change) => change.send(client),
    onMutate: async (change) => {
      setNotice(null);
      await queryClient.cancelQueries({ queryKey: statusSettingsKeys.settings });
      const before = queryClient.getQueryData<StatusSettingsView>(statusSettingsKeys.settings);
      if (before && change.optimistic) queryClient.setQueryData(statusSettingsKeys.settings, change.optimistic(before));
      return before;
    },
    onSuccess: async (outcome) => {
      if (outcome.convertedToCustom) setNotice({ kind: 'converted' });
      if (outcome.migrations.length > 0) {
        setStarted((ids) => [...ids, ...outcome.migrations.map((migration) => migration.id)]);
        await queryClient.invalidateQueries({ queryKey: statusSettingsKeys.migrations });
      }
    },
    onError: (_error, _change, before) => {
      if (before) queryClient.setQueryData(statusSettingsKeys.settings, before);
    },
    onSettled: async (_outcome, error) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: statusSettingsKeys.settings }), queryClient.invalidateQueries({ queryKey: ticketKeys.all })]);
      // The status (or the one chosen for its tickets) is gone: its row vanished with the reload, so
      // say it above, once the reload is in (the message says the statuses have been reloaded).
      if (error && errorInfo(error).code === 'NOT_FOUND') setNotice({ kind: 'gone', error });
    },
  });
  const changes = statusSettingsChanges((change) => mutation.mutateAsync(change));
  return (
    <StatusSettings
      settings={settings.data}
      loading={settings.isPending}
      error={settings.isError && !settings.data ? settings.error : null}
      onRetry={() => void settings.refetch()}
      migrations={shown}
      migrationsError={migrations.isError ? migrations.error : null}
      onRetryMigrations={() => void migrations.refetch()}
      notice={notice && (notice.kind === 'converted' ? t('settings.page.converted') : refusalMessage(notice.error, t))}
      noticeTone={notice?.kind === 'converted' ? 'success' : 'warning'}
      onDismissNotice={() => setNotice(null)}
      headingLevel={headingLevel}
      {...changes}
    />
  );
}
