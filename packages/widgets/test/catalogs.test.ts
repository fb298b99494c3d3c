// Every catalog of the widgets against English: the same keys, valid ICU MessageFormat, only the
// arguments English gives, and each plural with every category its language needs.
import { catalogProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it } from 'vitest';
import { widgetsMessages } from '../src/i18n/widgets-messages.js';

describe('the widgets catalogs', () => {
  it('are complete and valid in every language they offer (es, pl)', async () => {
    expect(Object.keys(widgetsMessages.locales).sort()).toEqual(['es', 'pl']);
    expect(await catalogProblems(widgetsMessages)).toEqual([]);
  });
});
