import { useId, type ReactNode } from 'react';
import type { QueueGroupView, QueueHolderFilter, QueueItemView } from '../api/types.js';
import type { QueueMessageKey } from '../i18n/queue-messages.js';
import { useQueueMessages } from '../i18n/use-queue-messages.js';
import { statusName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';
import { ErrorMessage, Loading } from './States.js';
import { StatusIcon } from './StatusIcon.js';
import { TicketLink } from './TicketLink.js';
import { Time } from './Time.js';

/** A status's group as the queue shows it: its tickets so far and whether more can be loaded. */
export interface QueueGroupState extends Pick<QueueGroupView, 'status' | 'total' | 'totalExact'> {
  items: readonly QueueItemView[];
  hasMore: boolean;
  loadingMore: boolean;
}

export interface TicketQueueProps {
  /** The ticket type's title ("Post a competition's results"). */
  typeTitle: string | null;
  groups: readonly QueueGroupState[];
  holder: QueueHolderFilter | null;
  onHolderChange(holder: QueueHolderFilter | null): void;
  onLoadMore(statusId: number): void;
  loading?: boolean;
  error?: unknown;
  onRetry?(): void;
  ticketHref?(ticketId: number): string;
  onOpen?(ticketId: number): void;
  /** The queue's heading; the type's title and "queue" by default. */
  heading?: string;
  headingLevel?: 2 | 3 | 4;
}

const HOLDER_CHOICES: readonly { value: QueueHolderFilter | ''; label: QueueMessageKey }[] = [
  { value: '', label: 'queue.holder.anyone' },
  { value: 'me', label: 'queue.holder.me' },
  { value: 'nobody', label: 'queue.holder.nobody' },
];

/**
 * What a team works from every day: one type's open tickets grouped by status, in the order of its
 * lifecycle, each with who holds it and since when; each group pages on its own.
 */
export function TicketQueue(props: TicketQueueProps) {
  const id = useId();
  const { t, rich } = useQueueMessages();
  const common = useWidgetsMessages().t;
  const { groups, headingLevel = 2 } = props;
  const Heading = `h${headingLevel}` as const;
  const GroupHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
  const title = props.heading ?? (props.typeTitle ? t('queue.headingOfType', { type: props.typeTitle }) : t('queue.heading'));

  let body: ReactNode;
  if (props.loading) body = <Loading label={t('queue.loading')} />;
  else if (props.error !== undefined && props.error !== null) body = <ErrorMessage error={props.error} what={t('queue.what')} onRetry={props.onRetry} />;
  else if (groups.length === 0) body = <p className="tk-muted">{t('queue.noStatuses')}</p>;
  else
    body = groups.map((group) => (
      <section key={group.status.id} className="tk-queue-group" aria-labelledby={`${id}-${group.status.id}`}>
        <GroupHeading id={`${id}-${group.status.id}`} className="tk-queue-heading">
          <StatusIcon icon={group.status.icon} color={group.status.color} /> {statusName(group.status, common)}{' '}
          <span className="tk-muted">{t('queue.group.count', { count: group.total, more: String(!group.totalExact) })}</span>
        </GroupHeading>
        {group.items.length === 0 ? (
          <p className="tk-muted">{t('queue.group.empty')}</p>
        ) : (
          <ul className="tk-plain-list tk-tickets">
            {group.items.map((item) => (
              <li key={item.id} className="tk-ticket-row">
                <span className="tk-ticket-title">
                  <TicketLink id={item.id} title={item.title} ticketHref={props.ticketHref} onOpen={props.onOpen} />
                </span>
                <span className="tk-muted">
                  #{item.id} ·{' '}
                  {item.holder ? rich('queue.item.heldBy', { name: item.holder.name, since: <Time at={item.holder.since} /> }) : t('queue.item.heldByNobody')} ·{' '}
                  {rich('queue.item.updated', { time: <Time at={item.updatedAt} /> })}
                </span>
              </li>
            ))}
          </ul>
        )}
        {group.hasMore && (
          <button type="button" className="tk-button" part="button" disabled={group.loadingMore} aria-busy={group.loadingMore || undefined} onClick={() => props.onLoadMore(group.status.id)}>
            {group.loadingMore ? t('queue.loadingMore') : t('queue.more', { status: statusName(group.status, common) })}
          </button>
        )}
      </section>
    ));

  return (
    <section className="tk-list" aria-label={title}>
      <Heading className="tk-section-title">{title}</Heading>
      <div className="tk-field">
        <label htmlFor={`${id}-holder`}>{t('queue.holder.label')}</label>
        <select id={`${id}-holder`} value={props.holder ?? ''} onChange={(event) => props.onHolderChange(event.target.value === 'me' || event.target.value === 'nobody' ? event.target.value : null)}>
          {HOLDER_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {t(choice.label)}
            </option>
          ))}
        </select>
      </div>
      {body}
    </section>
  );
}
