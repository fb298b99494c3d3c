import type { ReactNode } from 'react';
import type { TicketView } from '../api/types.js';
import { StatusBadge } from './StatusBadge.js';
import { Time } from './Time.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';

export interface TicketHeaderProps {
  ticket: TicketView;
  /** Where the status can be changed (a `StatusPicker`), shown beside the status. */
  statusControl?: ReactNode;
  /** The heading level of the title (2 by default), to fit the host page's outline. */
  headingLevel?: 1 | 2 | 3 | 4;
}

/** The ticket's number, type, title, status and state, and who opened it when. */
export function TicketHeader({ ticket, statusControl, headingLevel = 2 }: TicketHeaderProps) {
  const Heading = `h${headingLevel}` as const;
  const { t, rich } = useTicketMessages();
  return (
    <header className="tk-header">
      <p className="tk-muted">
        {`#${ticket.id} · ${ticket.typeTitle}`}
      </p>
      <Heading className="tk-title" part="title">{ticket.title}</Heading>
      <div className="tk-row">
        <StatusBadge status={ticket.status} />
        <span className={`tk-state tk-state-${ticket.state}`}>{ticket.state === 'open' ? t('header.open') : t('header.closed')}</span>
        {statusControl}
      </div>
      <p className="tk-muted">
        {rich('header.opened', { name: ticket.createdBy.name, time: <Time at={ticket.createdAt} /> })}
        {ticket.closedAt && (
          <>
            {' · '}
            {rich('header.closedOn', { time: <Time at={ticket.closedAt} /> })}
          </>
        )}
        {ticket.duplicateOfId !== null && <>{` · ${t('header.duplicateOf', { id: ticket.duplicateOfId })}`}</>}
      </p>
    </header>
  );
}
