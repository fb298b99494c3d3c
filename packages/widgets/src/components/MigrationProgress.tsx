import type { Translate } from '@tickets/plugin-kit/widget';
import { useId } from 'react';
import { errorInfo } from '../api/errors.js';
import type { StatusMigrationView } from '../api/types.js';
import type { SettingsMessageKey } from '../i18n/settings-messages.js';
import { useSettingsMessages } from '../i18n/use-settings-messages.js';
import { systemReasonWords } from '../i18n/system-reason-words.js';
import { statusName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';
import type { WidgetsMessageKey } from '../i18n/widgets-messages.js';

export interface MigrationProgressProps {
  migration: StatusMigrationView;
}

/** What the progress bar says: "Moving tickets: 3,400 of 10,000", in the reader's language. */
export function migrationSummary(migration: Pick<StatusMigrationView, 'state' | 'moved' | 'total'>, t: Translate<SettingsMessageKey>): string {
  if (migration.state === 'done') return t('settings.migration.moved', { count: migration.moved });
  if (migration.state === 'pending') return t('settings.migration.waiting', { count: migration.total });
  return t('settings.migration.moving', { moved: migration.moved, total: migration.total });
}

/**
 * "Blocked → In progress"; a target removed since says so (a later migration moves those tickets
 * on). A system-defined status is named in the reader's language (`words`: the core messages).
 */
export function mappingWords(mapping: StatusMigrationView['mappings'][number], t: Translate<SettingsMessageKey>, words: Translate<WidgetsMessageKey>): string {
  const names = { from: statusName(mapping.from, words), to: statusName(mapping.to, words) };
  return t(mapping.targetRemoved ? 'settings.migration.mappingRemoved' : 'settings.migration.mapping', names);
}

/**
 * A background status migration: a progress bar with its figures in words, why it runs and which
 * statuses move where. Tickets already show their new status; this only rewrites them for good.
 */
export function MigrationProgress({ migration }: MigrationProgressProps) {
  const id = useId();
  const { t } = useSettingsMessages();
  const words = useWidgetsMessages().t;
  const summary = migrationSummary(migration, t);
  // The reason as data, in the reader's words; a migration older than that has only the API's English sentence.
  const reason = migration.why ? systemReasonWords(migration.why, words) : migration.reason;
  const mappings = migration.mappings.map((mapping) => mappingWords(mapping, t, words)).join(', ');
  // Users may move some of the tickets themselves meanwhile, so `moved` can end below `total`.
  const max = Math.max(migration.total, migration.moved, 1);
  const value = migration.state === 'done' ? max : migration.moved;
  return (
    <div className="tk-migration" data-state={migration.state}>
      <p id={`${id}-summary`} className="tk-strong">
        {summary}
      </p>
      <progress aria-labelledby={`${id}-summary`} aria-describedby={`${id}-why`} max={max} value={value} />
      <p id={`${id}-why`} className="tk-muted">
        {mappings ? t('settings.migration.whyMapped', { reason, mappings }) : t('settings.migration.why', { reason })}
      </p>
    </div>
  );
}

export interface MigrationProgressErrorProps {
  error: unknown;
  onRetry?(): void;
}

/**
 * The progress could not be read: said in words, so nobody takes a bar that stopped moving for a
 * migration that stopped. The tickets already show their new status either way.
 */
export function MigrationProgressError({ error, onRetry }: MigrationProgressErrorProps) {
  const { t } = useSettingsMessages();
  const common = useWidgetsMessages().t;
  return (
    <div className="tk-notice tk-notice-error" role="alert">
      <p>{t('settings.migration.unreadable', { message: errorInfo(error).message })}</p>
      {onRetry && (
        <button type="button" className="tk-button" part="button" onClick={onRetry}>
          {common('state.tryAgain')}
        </button>
      )}
    </div>
  );
}
