import { LIMITS } from '@tickets/domain';
import type { StatusMigrationView, StatusSettingsView } from '../api/types.js';
import { MigrationProgress, MigrationProgressError } from './MigrationProgress.js';
import { Notice } from './Notice.js';
import { StatusCategorySection, type StatusSettingsChanges } from './StatusCategorySection.js';
import { ErrorMessage, Loading } from './States.js';
import { groupByCategory } from './status-settings-model.js';
import { useSettingsMessages } from '../i18n/use-settings-messages.js';
import { categoryName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';

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
  /** Whether the notice tells of a change that went through (the conversion) or one refused. */
  noticeTone?: 'success' | 'warning';
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
  const { t } = useSettingsMessages();
  const words = useWidgetsMessages().t;
  const Heading = `h${headingLevel}` as const;
  const title = <Heading className="tk-section-title">{t('settings.heading')}</Heading>;
  if (loading && !settings) {
    return (
      <div className="tk-status-settings">
        {title}
        <Loading label={t('settings.page.loading')} />
      </div>
    );
  }
  if (!settings) {
    return (
      <div className="tk-status-settings">
        {title}
        {error ? <ErrorMessage error={error} what={t('settings.page.what')} onRetry={onRetry} /> : <p className="tk-muted">{t('settings.page.none')}</p>}
      </div>
    );
  }

  const changes = settings.canAdminister ? changesOf(props) : null;
  const migrations = props.migrations ?? settings.migrations;
  const groups = groupByCategory(settings.statuses, (category) => categoryName(category, words));
  return (
    <div className="tk-status-settings">
      {title}
      <p className="tk-muted">
        {t('settings.page.count', { count: settings.statuses.length, max: LIMITS.statusesPerNamespace })}{' '}
        {t(settings.usesCustomStatuses ? 'settings.page.usesCustom' : settings.statuses.some((status) => !status.systemDefined) ? 'settings.page.usesSystemAndCustom' : 'settings.page.usesSystem')}{' '}
        {t('settings.page.categoryRule')}
      </p>
      {!changes && <p className="tk-notice tk-notice-info">{t('settings.page.readOnly')}</p>}
      {changes && !settings.usesCustomStatuses && <p className="tk-notice tk-notice-info">{t('settings.page.firstChange')}</p>}
      {notice && <Notice message={notice} tone={props.noticeTone ?? 'warning'} onDismiss={onDismissNotice} />}
      {(migrations.length > 0 || Boolean(migrationsError)) && (
        <section className="tk-migrations" aria-label={t('settings.page.migrations')}>
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
