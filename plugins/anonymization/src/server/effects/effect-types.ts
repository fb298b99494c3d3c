import type { ActionOutcome, ActionRunContext } from '@tickets/plugin-kit/server';
import type { z } from 'zod';
import type { RejectInput } from '../../actions.js';
import type { AnonymizationStored } from '../../anonymization-stored.js';

export type EffectContext<Input = Record<string, never>> = ActionRunContext<AnonymizationStored, Input>;
export type EffectOutcome = ActionOutcome<AnonymizationStored>;
export type MetadataChange = NonNullable<EffectOutcome['changes']>[number];
export type RejectContext = EffectContext<z.output<typeof RejectInput>>;
