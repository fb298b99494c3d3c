import { useId } from 'react';
import { errorInfo } from '../api/errors.js';
import type { StatusMigrationView } from '../api/types.js';
import { formatCount, ticketsWord } from './status-settings-model.js';

export interface MigrationProgressProps {
  migration: StatusMigrationView;
}

/** What the progress bar says: "Moving tickets: 3,400 of 10,000". */
export function migrationSummary(migration: Pick<StatusMigrationView, 'state' | 'moved' | 'total'>): string {
  if (migration.state === 'done') return `Moved ${ticketsWord(migration.moved)}.`;
  if (migration.state === 'pending') return `Waiting to move ${ticketsWord(migration.total)}.`;
  return `Moving tickets: ${formatCount(migration.moved)} of ${formatCount(migration.total)}`;
}

/** "Blocked → In progress"; a target removed since says so (a later migration moves those tickets on). */
export function mappingWords(mapping: StatusMigrationView['mappings'][number]): string {
  return `${mapping.from.name} → ${mapping.to.name}${mapping.targetRemoved ? ' (since removed)' : ''}`;
}

/**
 * A background status migration: a progress bar with its figures in words, why it runs and which
 * statuses move where. Tickets already show their new status; this only rewrites them for good.
 */
export function MigrationProgress({ migration }: MigrationProgressProps) {
  const id = useId();
  const summary = migrationSummary(migration);
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
        Because {migration.reason}
        {migration.mappings.length > 0 && <>: {migration.mappings.map(mappingWords).join(', ')}</>}. Tickets already show
        their new status.
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
  return (
    <div className="tk-notice tk-notice-error" role="alert">
      <p>
        The progress of moving tickets could not be read: {errorInfo(error).message} The figures shown may be out of date; tickets already show their new
        status.
      </p>
      {onRetry && (
        <button type="button" className="tk-button" part="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
