import { useState } from 'react';
import { type ActionRefusal, actionRefusal } from './action-refusal.js';
import { useKitMessages } from './kit-messages.js';
import type { PlaygroundProps } from './playground.js';

/** A refusal with the key of the action it refused, so each form shows only its own. */
export interface KeyedRefusal extends ActionRefusal {
  readonly key: string;
}

export interface ActionRun {
  /** The key of the action on its way, or null. */
  readonly pending: string | null;
  /** The key of the last action that was stored, until the next run or `clear`. */
  readonly done: string | null;
  /** Why the last run was refused, until the next run or `clear`. */
  readonly refusal: KeyedRefusal | null;
  /** Runs an action: resolves to null once it is stored, else to the refusal (kept to show, too). */
  run(key: string, input?: unknown): Promise<KeyedRefusal | null>;
  /** Forgets what the last run said, e.g. when the person starts over. */
  clear(): void;
}

/** Runs the type's actions for a view, and remembers which is on its way, which was stored and what was refused. */
export function useAction(runAction: PlaygroundProps['runAction']): ActionRun {
  const { t } = useKitMessages();
  const [pending, setPending] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<KeyedRefusal | null>(null);
  const clear = () => {
    setDone(null);
    setRefusal(null);
  };
  const run = async (key: string, input: unknown = {}) => {
    clear();
    setPending(key);
    try {
      await runAction(key, input);
      setDone(key);
      return null;
    } catch (error) {
      const refused = { ...actionRefusal(error, t('refusal.noAnswer')), key };
      setRefusal(refused);
      return refused;
    } finally {
      setPending(null);
    }
  };
  return { pending, done, refusal, run, clear };
}
