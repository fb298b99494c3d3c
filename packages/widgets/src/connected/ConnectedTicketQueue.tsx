import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTicketsClient } from '../api/context.js';
import type { QueueHolderFilter, QueueItemView } from '../api/types.js';
import { TicketQueue, type TicketQueueProps } from '../components/TicketQueue.js';

export interface ConnectedTicketQueueProps extends Pick<TicketQueueProps, 'ticketHref' | 'onOpen' | 'heading' | 'headingLevel'> {
  /** The ticket type whose queue this is (its key, e.g. `competition-result`). */
  type: string;
  /** Tickets per status before "More in …" (10 by default, at most 50). */
  pageSize?: number;
  initialHolder?: QueueHolderFilter | null;
}

interface MorePages {
  items: QueueItemView[];
  cursor: string | null;
  loading: boolean;
}

/** `TicketQueue` fed from `tickets.queue`: the first page of every group at once, then each group's next pages. */
export function ConnectedTicketQueue({ type, pageSize = 10, initialHolder = null, ...rest }: ConnectedTicketQueueProps) {
  const client = useTicketsClient();
  const [holder, setHolder] = useState<QueueHolderFilter | null>(initialHolder);
  const [more, setMore] = useState<Record<number, MorePages>>({});
  const base = { type, limit: pageSize, ...(holder ? { holder } : {}) };
  const queue = useQuery({ queryKey: ['tickets', 'queue', base], queryFn: ({ signal }) => client.tickets.queue.query(base, { signal }) });

  async function loadMore(statusId: number) {
    const group = queue.data?.groups.find((candidate) => candidate.status.id === statusId);
    const cursor = more[statusId]?.cursor ?? group?.nextCursor ?? null;
    if (!cursor) return;
    setMore((current) => ({ ...current, [statusId]: { items: current[statusId]?.items ?? [], cursor, loading: true } }));
    try {
      const next = (await client.tickets.queue.query({ ...base, statusId, cursor })).groups[0];
      setMore((current) => ({ ...current, [statusId]: { items: [...(current[statusId]?.items ?? []), ...(next?.items ?? [])], cursor: next?.nextCursor ?? null, loading: false } }));
    } catch {
      setMore((current) => ({ ...current, [statusId]: { ...current[statusId]!, loading: false } }));
    }
  }

  const groups = (queue.data?.groups ?? []).map((group) => {
    const extra = more[group.status.id];
    return {
      status: group.status,
      total: group.total,
      totalExact: group.totalExact,
      items: [...group.items, ...(extra?.items ?? [])],
      hasMore: extra ? extra.cursor !== null : group.nextCursor !== null,
      loadingMore: extra?.loading ?? false,
    };
  });

  return (
    <TicketQueue
      {...rest}
      typeTitle={queue.data?.type.title ?? null}
      groups={groups}
      holder={holder}
      onHolderChange={(next) => {
        setMore({});
        setHolder(next);
      }}
      onLoadMore={(statusId) => void loadMore(statusId)}
      loading={queue.isPending}
      error={queue.isError ? queue.error : null}
      onRetry={() => void queue.refetch()}
    />
  );
}
