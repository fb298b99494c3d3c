import type { LogWords } from '@tickets/domain';
import type { Translate } from '@tickets/plugin-kit/widget';
import type { TicketMessageKey } from './ticket-messages.js';
import { systemReasonWords } from './system-reason-words.js';
import { statusName } from './use-widgets-messages.js';
import type { WidgetsMessageKey } from './widgets-messages.js';

/**
 * The log's sentences in the reader's language: the domain decides what a sentence says
 * (`describeLogEntry`), these are its words from the ticket page's catalog. System statuses are
 * translated, and so is why the system made a change; names and what an action said it did are data
 * and stay as written (the API gives types' titles and actions' in the reader's language).
 */
export function logWords(t: Translate<TicketMessageKey>, words: Translate<WidgetsMessageKey>, typeTitle: (type: string) => string = (type) => type): LogWords {
  const tail = (detail: string | null) => (detail ? t('log.tailDetail', { detail }) : t('log.tail'));
  return {
    status: (status) => statusName(status, words),
    stakeholder: (label) => t('log.stakeholder', { name: label.principal.name, connection: t(`people.connection.${label.connection}`), role: t(`people.role.${label.role}`) }),
    value: (value) => (value === null || value === undefined || value === '' ? t('log.value.nothing') : typeof value === 'string' ? t('log.value.quoted', { value }) : JSON.stringify(value)),
    list: (items) => items.reduceRight((rest, first) => t('log.and', { first, rest })),
    created: (a) => t('log.created', { ...a, type: typeTitle(a.type) }),
    statusChanged: (a) => t('log.statusChanged', a),
    closed: () => t('log.closed'),
    reopened: () => t('log.reopened'),
    duplicateMarked: (a) => t('log.duplicateMarked', a),
    stakeholderAdded: (a) => t('log.stakeholderAdded', a),
    stakeholderDeactivated: (a) => t('log.stakeholderDeactivated', a),
    metadataChanged: ({ changes }) => t('log.metadataChanged', { changes: changes.join(', ') }),
    metadataChange: (a) => t('log.metadataChange', a),
    actionRun: (a) => t('log.actionRun', a),
    commented: () => t('log.commented'),
    typeChanged: ({ from, to, status, added }) =>
      [t('log.typeChanged', { from, to }), ...(status ? [t('log.typeChangedStatus', status)] : []), ...(added ? [t('log.typeChangedAdded', { stakeholders: added })] : [])].join('; '),
    byUser: ({ actor, predicate, detail }) => t('log.byUser', { actor, predicate, tail: tail(detail) }),
    byUserOnBehalf: ({ actor, predicate, group, detail }) => t('log.byUserOnBehalf', { actor, predicate, group, tail: tail(detail) }),
    bySystem: ({ predicate, reason, detail }) => t('log.bySystem', { predicate, reason, tail: tail(detail) }),
    systemReason: (reason) => systemReasonWords(reason, words),
  };
}
