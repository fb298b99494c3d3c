import type { ActionOutcome, ActionRunContext } from '@tickets/plugin-kit/server';
import type { AnonymizationStored } from '../../anonymization-stored.js';

export type EffectContext<Input = Record<string, never>> = ActionRunContext<AnonymizationStored, Input>;
export type EffectOutcome = ActionOutcome<AnonymizationStored>;
