import type { Refusal } from './refusal.js';

/**
 * A tRPC batch (`/trpc/a,b,c?batch=1`) runs every call it names; more than `maxCalls` is refused
 * from the URL alone, before the body is read or any call runs. Counted as tRPC's adapter splits it.
 */
export function batchRefusal(procedurePath: string, searchParams: URLSearchParams, maxCalls: number): Refusal | null {
  if (searchParams.get('batch') !== '1') return null;
  const calls = procedurePath.split(',').length;
  if (calls <= maxCalls) return null;
  return {
    code: 'BAD_REQUEST',
    message: `This batch holds ${calls} calls, but one request may hold at most ${maxCalls}; nothing of it was run. Send the calls in smaller batches.`,
  };
}
