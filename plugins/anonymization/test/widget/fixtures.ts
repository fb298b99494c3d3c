// The playground's props for its tests: the data of playground-data.ts with a `vi.fn()` runAction.
import type { PlaygroundProps } from '@tickets/plugin-kit/widget';
import { vi } from 'vitest';
import type { AnonymizationStored } from '../../src/index.js';
import { actionsFixture, storedFixture, ticketFixture } from './playground-data.js';

export { actionFailure, actionsFixture, storedFixture, TAKEN_AT, ticketFixture } from './playground-data.js';

export function propsFixture(overrides: Partial<PlaygroundProps<AnonymizationStored>> = {}): PlaygroundProps<AnonymizationStored> {
  return {
    ticket: ticketFixture(),
    metadata: storedFixture(),
    actions: actionsFixture(),
    runAction: vi.fn<PlaygroundProps['runAction']>().mockResolvedValue(undefined),
    busy: false,
    ...overrides,
  };
}
