import type { SystemReason } from '@tickets/domain';
import type { Translate } from '@tickets/plugin-kit/widget';
import type { WidgetsMessageKey } from './widgets-messages.js';

/** Why the system changed tickets, in the reader's language ("se quitó el estado «Blocked»"); status and lifecycle names are data, as written. */
export function systemReasonWords(reason: SystemReason, t: Translate<WidgetsMessageKey>): string {
  if (reason.kind === 'custom_statuses') return t('systemReason.customStatuses');
  const names = reason.statuses.map((name) => t('systemReason.name', { name })).join(', ');
  const count = reason.statuses.length;
  return reason.lifecycle === null ? t('systemReason.statusesRemoved', { count, names }) : t('systemReason.statusesRemovedFrom', { count, names, lifecycle: reason.lifecycle });
}
