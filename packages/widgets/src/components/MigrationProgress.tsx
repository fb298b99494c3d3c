import { useId } from 'react';
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
        {migration.mappings.length > 0 && <>: {migration.mappings.map((mapping) => `${mapping.from.name} → ${mapping.to.name}`).join(', ')}</>}. Tickets already show
        their new status.
      </p>
    </div>
  );
}
