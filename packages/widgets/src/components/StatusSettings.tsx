import { LIMITS } from '@tickets/domain';
import type { StatusMigrationView, StatusSettingsView } from '../api/types.js';
import { MigrationProgress, MigrationProgressError } from './MigrationProgress.js';
import { Notice } from './Notice.js';
import { StatusCategorySection, type StatusSettingsChanges } from './StatusCategorySection.js';
import { ErrorMessage, Loading } from './States.js';
import { formatCount, groupByCategory } from './status-settings-model.js';

export type { StatusSettingsChanges } from './StatusCategorySection.js';

export interface StatusSettingsProps extends Partial<StatusSettingsChanges> {
  /** `statuses.list`. */
  settings?: StatusSettingsView | null;
  loading?: boolean;
  /** Why `statuses.list` failed. */
  error?: unknown;
  onRetry?(): void;
  /** Migrations to show progress for; `settings.migrations` (those running when it loaded) when left out. */
  migrations?: readonly StatusMigrationView[];
  /** Why the last look at the migrations' progress (`migrations.get`) failed: the figures shown may be old. */
  migrationsError?: unknown;
  onRetryMigrations?(): void;
  /** A message about the last change (the namespace converted, the page reloaded). */
  notice?: string | null;
  onDismissNotice?(): void;
  headingLevel?: 2 | 3;
}

/** The handlers, when all are given: an admin's view needs every one. */
function changesOf(props: StatusSettingsProps): StatusSettingsChanges | null {
  const { onCreate, onUpdate, onReorder, onRemove } = props;
  return onCreate && onUpdate && onReorder && onRemove ? { onCreate, onUpdate, onReorder, onRemove } : null;
}

/**
 * The namespace's statuses, grouped by the five categories, each with how many tickets use it.
 * A namespace admin adds, edits (name, colour, description, category), reorders and removes them
 * (moving their tickets to another status of the same state); anyone else reads them. A running
 * status migration shows its progress.
 */
export function StatusSettings(props: StatusSettingsProps) {
  const { settings, loading = false, error, onRetry, migrationsError, onRetryMigrations, notice, onDismissNotice, headingLevel = 2 } = props;
  const Heading = `h${headingLevel}` as const;
  const title = <Heading className="tk-section-title">Statuses</Heading>;
  if (loading && !settings) {
    return (
      <div className="tk-status-settings">
        {title}
        <Loading label="Loading the statuses…" />
      </div>
    );
  }
  if (!settings) {
    return (
      <div className="tk-status-settings">
        {title}
        {error ? <ErrorMessage error={error} what="The statuses" onRetry={onRetry} /> : <p className="tk-muted">There are no statuses to show.</p>}
      </div>
    );
  }

  const changes = settings.canAdminister ? changesOf(props) : null;
  const migrations = props.migrations ?? settings.migrations;
  const groups = groupByCategory(settings.statuses);
  return (
    <div className="tk-status-settings">
      {title}
      <p className="tk-muted">
        {formatCount(settings.statuses.length)} of at most {LIMITS.statusesPerNamespace} statuses.{' '}
        {settings.usesCustomStatuses ? 'This site uses its own custom statuses.' : 'This site uses the system-defined statuses.'} A status belongs to one category, which
        decides whether its tickets are open or closed.
      </p>
      {!changes && <p className="tk-notice tk-notice-info">You can see these statuses, but only a namespace admin (a site admin of this site) can change them.</p>}
      {changes && !settings.usesCustomStatuses && (
        <p className="tk-notice tk-notice-info">
          Your first change to a system-defined status (editing, reordering or removing it, or adding a status to the system-defined lifecycle) copies every
          system-defined status as this site’s own custom status, and tickets follow their copies. There is no way back.
        </p>
      )}
      {notice && <Notice message={notice} onDismiss={onDismissNotice} />}
      {(migrations.length > 0 || Boolean(migrationsError)) && (
        <section className="tk-migrations" aria-label="Tickets being moved">
          {Boolean(migrationsError) && <MigrationProgressError error={migrationsError} onRetry={onRetryMigrations} />}
          {migrations.map((migration) => (
            <MigrationProgress key={migration.id} migration={migration} />
          ))}
        </section>
      )}
      {groups.map((group) => (
        <StatusCategorySection key={group.category} settings={settings} group={group} changes={changes} headingLevel={(headingLevel + 1) as 3 | 4} />
      ))}
    </div>
  );
}
