import { useEffect, useRef } from 'react';
import { useTicketsClient } from '../api/context.js';

/**
 * How often a page that writes says so again: the API forgets a writer after its presence lapses
 * (LIVE_PRESENCE_TTL_MS, 30 s by default), so a page that died stops counting on its own.
 */
const WRITING_REFRESH_MS = 10_000;

/**
 * Tells the API while the viewer writes a comment on the ticket (`tickets.writing`), so others who
 * have it open read "… is writing a comment". Presence is a courtesy: a refused or lost call is not
 * the viewer's problem, and is not shown.
 */
export function useWritingPresence(ticketId: number): (writing: boolean) => void {
  const client = useTicketsClient();
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );
  return (writing: boolean) => {
    const writingProcedure = client.tickets.writing as Partial<typeof client.tickets.writing> | undefined;
    if (typeof writingProcedure?.mutate !== 'function') return;
    const say = (now: boolean) => void writingProcedure.mutate!({ ticketId, writing: now }).catch(() => {});
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    say(writing);
    if (writing) timer.current = setInterval(() => say(true), WRITING_REFRESH_MS);
  };
}
